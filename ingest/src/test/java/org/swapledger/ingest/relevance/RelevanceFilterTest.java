package org.swapledger.ingest.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RelevanceFilterTest {
  private final RelevanceFilter filter = new RelevanceFilter();

  @ParameterizedTest
  @ValueSource(strings = {
      "Kyiv and Moscow swapped dozens of POWs on Friday.",
      "Україна повернула з полону 95 захисників у результаті обміну.",
      "Из украинского плена возвращены 90 российских военнослужащих.",
      "От плен се върнаха 82 военни след размяна.",
      "Die Ukraine und Russland haben erneut Gefangene ausgetauscht.",
      "Nuevo canje de prisioneros entre Rusia y Ucrania.",
      "Un nouvel échange de prisonniers a eu lieu mardi.",
      "Scambio di prigionieri tra Mosca e Kiev.",
      "Kolejna wymiana jeńców między Rosją a Ukrainą.",
      "Rússia e Ucrânia realizaram uma troca de prisioneiros.",
      "Ukraine got back 230 Ukrainian prisoners of war on Wednesday.",
      "Azovstal commanders among 215 freed, Kyiv said.",
      "Kyiv secured the release of dozens of its soldiers.",
      "The ombudsman said 12 Ukrainians were brought home on Tuesday.",
      "Домой вернулись 90 россиян."})
  void passes_exchange_news_in_every_supported_language(String text) {
    assertThat(filter.mayBeRelevant(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The power grid was repaired overnight and electricity returned to most homes.",
      "Drones attacked an oil depot; the governor said nobody was hurt.",
      "Курс гривні зміцнився на міжбанку.",
      "Der Bundestag debattiert über den Haushalt.",
      "El Real Madrid ganó el partido del domingo."})
  void skips_articles_about_something_else(String text) {
    assertThat(filter.mayBeRelevant(text)).isFalse();
  }
}
