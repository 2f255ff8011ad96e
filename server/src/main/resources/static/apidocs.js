// Renders the OpenAPI document with the vendored Swagger UI (no inline script: the page's CSP forbids it).
window.addEventListener('DOMContentLoaded', function () {
  window.SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui', deepLinking: true,
    tryItOutEnabled: false, validatorUrl: null });
});
