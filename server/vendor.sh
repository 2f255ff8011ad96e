#!/usr/bin/env bash
# Refreshes the vendored front-end files (committed; see docs/server.md) from the npm registry at pinned versions.
# Run by hand when upgrading; the build never fetches anything.
set -euo pipefail
UPLOT=1.6.32
SWAGGER_UI=5.35.0
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
vendor=$here/src/main/resources/static/vendor
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "uplot@$UPLOT" "swagger-ui-dist@$SWAGGER_UI" >/dev/null)
mkdir -p "$tmp/uplot" "$tmp/swagger" "$vendor/uplot" "$vendor/swagger-ui"
tar xzf "$tmp/uplot-$UPLOT.tgz" -C "$tmp/uplot"
tar xzf "$tmp/swagger-ui-dist-$SWAGGER_UI.tgz" -C "$tmp/swagger"
cp "$tmp/uplot/package/dist/uPlot.iife.min.js" "$tmp/uplot/package/dist/uPlot.min.css" "$tmp/uplot/package/LICENSE" \
  "$vendor/uplot/"
cp "$tmp/swagger/package/swagger-ui-bundle.js" "$tmp/swagger/package/swagger-ui-bundle.js.LICENSE.txt" \
  "$tmp/swagger/package/swagger-ui.css" "$tmp/swagger/package/LICENSE" "$tmp/swagger/package/NOTICE" \
  "$vendor/swagger-ui/"
echo "vendored uPlot $UPLOT and Swagger UI $SWAGGER_UI into $vendor"
