package org.swapledger.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.swapledger.model.ArticleExtraction;

/**
 * End to end: one short article per supported language, written for these tests about real exchanges (figures as
 * officially reported), through every stage. The output has the same form in every language: canonical English
 * names, the same dates and directions.
 */
class ArticlesInEveryLanguageTest {

  @Test
  void ukrainian_article_with_headline_speaker_earlier_swap_and_running_total() {
    ArticleExtraction x = Facts.extract("""
        Україна повернула з російського полону 207 захисників
        Сьогодні, 31 січня, відбувся 50-й обмін полоненими з початку повномасштабного вторгнення. Додому повернулися 207 українських військовослужбовців і цивільних, повідомив президент Володимир Зеленський.
        Частина звільнених — захисники Маріуполя, серед них 12 жінок.
        Обмін став можливим за посередництва Об’єднаних Арабських Еміратів, подякував Зеленський.
        Нагадаємо, 3 січня додому повернулися 230 українців. Тоді Росія отримала 248 своїх військових.
        За даними Координаційного штабу, з початку повномасштабного вторгнення з полону вдалося повернути понад 3000 українців.
        """, "2024-01-31");
    assertThat(x.language()).isEqualTo("uk");
    assertThat(Facts.figures(x)).containsExactly(
        "2024-01-31 TO_UKRAINE 207 EXACT null",
        "2024-01-31 TO_UKRAINE 207 EXACT Volodymyr Zelensky",
        "2024-01-03 TO_UKRAINE 230 EXACT null",
        "2024-01-03 TO_RUSSIA 248 EXACT null");
    assertThat(x.exchanges().get(0).ordinal()).isEqualTo(50);
    assertThat(x.exchanges().get(0).mediators()).containsExactly("United Arab Emirates");
    assertThat(Facts.totals(x)).containsExactly(
        "UKRAINE 3000 MORE_THAN Coordination Headquarters for the Treatment of Prisoners of War");
  }

  @Test
  void russian_ministry_formula_with_words_for_numbers_and_belarus() {
    ArticleExtraction x = Facts.extract("""
        Минобороны России сообщило об обмене пленными
        В среду с подконтрольной Киеву территории возвращены 195 российских военнослужащих. Взамен украинской стороне переданы 195 пленных военнослужащих ВСУ, сообщили в Минобороны РФ.
        Посредническую помощь в возвращении военных оказали Объединенные Арабские Эмираты.
        Освобожденные военнослужащие находятся на территории Белоруссии.
        Напомним, 3 января в Россию вернулись двести сорок восемь военнослужащих.
        """, "2024-02-01");
    assertThat(x.language()).isEqualTo("ru");
    assertThat(Facts.figures(x)).containsExactly(
        "2024-01-31 TO_RUSSIA 195 EXACT null",
        "2024-01-31 TO_UKRAINE 195 EXACT Russian Ministry of Defence",
        "2024-01-03 TO_RUSSIA 248 EXACT null");
    assertThat(Facts.mediatorsAndPlaces(x)).containsExactly(
        "2024-01-31 [United Arab Emirates] Belarus",
        "2024-01-03 [] null");
  }

  @Test
  void russian_second_stage_with_the_first_stage_of_the_day_before() {
    ArticleExtraction x = Facts.extract("""
        Второй этап обмена
        С подконтрольной Киеву территории возвращены 300 российских военнослужащих, сообщило Минобороны России.
        Днем ранее, 5 марта, из украинского плена вернулись 200 российских военных. Украине также передали 200 пленных.
        """, "2026-03-06");
    assertThat(Facts.figures(x)).containsExactly(
        "2026-03-06 TO_RUSSIA 300 EXACT Russian Ministry of Defence",
        "2026-03-05 TO_RUSSIA 200 EXACT null",
        "2026-03-05 TO_UKRAINE 200 EXACT null");
  }

  @Test
  void french_swap_of_equal_numbers_on_a_saturday() {
    ArticleExtraction x = Facts.extract("""
        Nouvel échange de prisonniers entre Moscou et Kiev
        La Russie et l’Ukraine ont procédé samedi à un échange de 103 prisonniers de chaque côté, a annoncé le ministère russe de la Défense.
        Les soldats russes libérés se trouvent au Bélarus, a précisé le ministère.
        Cet échange a été rendu possible grâce à la médiation des Émirats arabes unis.
        """, "2024-09-15");
    assertThat(x.language()).isEqualTo("fr");
    assertThat(Facts.figures(x)).containsExactly(
        "2024-09-14 TO_UKRAINE 103 EXACT Russian Ministry of Defence",
        "2024-09-14 TO_RUSSIA 103 EXACT Russian Ministry of Defence");
    assertThat(Facts.mediatorsAndPlaces(x)).containsExactly("2024-09-14 [United Arab Emirates] Belarus");
  }

  @Test
  void german_captivity_receiver_and_weekday() {
    ArticleExtraction x = Facts.extract("""
        Größter Gefangenenaustausch seit Kriegsbeginn
        Die Ukraine hat am Mittwoch 230 Gefangene aus russischer Gefangenschaft zurückgeholt, teilte Präsident Selenskyj mit.
        Russland bekam nach Angaben seines Verteidigungsministeriums 248 Soldaten zurück.
        Den Austausch hatten die Vereinigten Arabischen Emirate vermittelt.
        """, "2024-01-04");
    assertThat(x.language()).isEqualTo("de");
    assertThat(Facts.figures(x)).containsExactly(
        "2024-01-03 TO_UKRAINE 230 EXACT Volodymyr Zelensky",
        "2024-01-03 TO_RUSSIA 248 EXACT Russia");
    assertThat(Facts.mediatorsAndPlaces(x)).containsExactly("2024-01-03 [United Arab Emirates] null");
  }

  @Test
  void german_day_and_ordinal_with_their_full_stops() {
    ArticleExtraction x = Facts.extract("""
        Neuer Austausch von Kriegsgefangenen
        Am 31. Januar kehrten nach Angaben von Präsident Selenskyj 207 Ukrainer aus russischer Gefangenschaft zurück. \
        Es war der 50. Austausch seit Kriegsbeginn.
        """, "2024-02-01");
    assertThat(Facts.figures(x)).containsExactly("2024-01-31 TO_UKRAINE 207 EXACT Volodymyr Zelensky");
    assertThat(x.exchanges()).extracting(r -> r.ordinal()).containsExactly(50);
  }

  @Test
  void spanish_each_side_and_mediator() {
    ArticleExtraction x = Facts.extract("""
        Rusia y Ucrania canjean prisioneros
        Rusia y Ucrania intercambiaron este jueves 84 prisioneros de cada bando, según informó el Ministerio de Defensa de Rusia.
        Los militares rusos liberados se encuentran en Bielorrusia, añadió el ministerio.
        El canje se hizo con la mediación de los Emiratos Árabes Unidos.
        """, "2025-08-14");
    assertThat(x.language()).isEqualTo("es");
    assertThat(Facts.figures(x)).containsExactly(
        "2025-08-14 TO_UKRAINE 84 EXACT Russian Ministry of Defence",
        "2025-08-14 TO_RUSSIA 84 EXACT Russian Ministry of Defence");
    assertThat(Facts.mediatorsAndPlaces(x)).containsExactly("2025-08-14 [United Arab Emirates] Belarus");
  }

  @Test
  void portuguese_in_exchange_for_and_a_conflicting_figure() {
    ArticleExtraction x = Facts.extract("""
        Rússia e Ucrânia trocam prisioneiros
        O Ministério da Defesa da Rússia informou neste sábado que 246 militares russos foram libertados em troca de 246 prisioneiros ucranianos.
        O presidente Volodymyr Zelensky afirmou que 277 ucranianos regressaram do cativeiro russo.
        A troca foi mediada pelos Emirados Árabes Unidos.
        """, "2025-04-19");
    assertThat(x.language()).isEqualTo("pt");
    assertThat(Facts.figures(x)).containsExactly(
        "2025-04-19 TO_RUSSIA 246 EXACT Russian Ministry of Defence",
        "2025-04-19 TO_UKRAINE 246 EXACT Russian Ministry of Defence",
        "2025-04-19 TO_UKRAINE 277 EXACT Volodymyr Zelensky");
    assertThat(Facts.mediatorsAndPlaces(x)).containsExactly("2025-04-19 [United Arab Emirates] null");
  }

  @Test
  void polish_n_for_n_formula_at_the_belarus_border() {
    ArticleExtraction x = Facts.extract("""
        Kolejna wymiana jeńców
        W piątek Ukraina i Rosja wymieniły się jeńcami w formule 49 za 49, poinformował prezydent Wołodymyr Zełenski.
        Wymiana odbyła się na granicy z Białorusią.
        """, "2024-09-13");
    assertThat(x.language()).isEqualTo("pl");
    assertThat(Facts.figures(x)).containsExactly(
        "2024-09-13 TO_UKRAINE 49 EXACT Volodymyr Zelensky",
        "2024-09-13 TO_RUSSIA 49 EXACT Volodymyr Zelensky");
    assertThat(Facts.mediatorsAndPlaces(x)).containsExactly("2024-09-13 [] Belarus");
  }

  @Test
  void polish_components_in_words_with_one_civilian() {
    ArticleExtraction x = Facts.extract("""
        Wymiana jeńców
        W środę z rosyjskiej niewoli wróciło trzydziestu pięciu ukraińskich wojskowych i jeden cywil, poinformował Andrij Jermak.
        """, "2022-11-23");
    assertThat(x.language()).isEqualTo("pl");
    assertThat(Facts.figures(x)).containsExactly(
        "2022-11-23 TO_UKRAINE 35 EXACT Andriy Yermak",
        "2022-11-23 TO_UKRAINE 1 EXACT Andriy Yermak");
  }

  @Test
  void italian_two_voices_two_sides() {
    ArticleExtraction x = Facts.extract("""
        Nuovo scambio di prigionieri tra Mosca e Kiev
        Il ministero della Difesa russo ha reso noto che 106 militari russi sono tornati dalla prigionia ucraina.
        Secondo Andriy Yermak, capo dell'ufficio presidenziale ucraino, oggi sono tornati a casa 100 soldati ucraini.
        """, "2023-04-10");
    assertThat(x.language()).isEqualTo("it");
    assertThat(Facts.figures(x)).containsExactly(
        "2023-04-10 TO_RUSSIA 106 EXACT Russian Ministry of Defence",
        "2023-04-10 TO_UKRAINE 100 EXACT Andriy Yermak");
  }

  @Test
  void french_total_then_each_side_in_one_sentence() {
    ArticleExtraction x = Facts.extract("""
        Nouvel échange de prisonniers entre Moscou et Kyiv
        Samedi, la Russie et l'Ukraine ont procédé à un échange : 206 prisonniers ont été libérés, 103 de chaque camp.
        """, "2024-09-14");
    assertThat(x.language()).isEqualTo("fr");
    assertThat(Facts.figures(x)).containsExactlyInAnyOrder(
        "2024-09-14 TOTAL 206 EXACT null",
        "2024-09-14 TO_UKRAINE 103 EXACT null",
        "2024-09-14 TO_RUSSIA 103 EXACT null");
  }

  @Test
  void spanish_the_same_number_after_a_side_word_and_a_swap_of_more_than_a_total() {
    ArticleExtraction x = Facts.extract("""
        Nuevo canje de prisioneros
        Kiev y Moscú completaron este miércoles un intercambio de más de 400 prisioneros, el número 50 desde la invasión rusa.
        El Ministerio de Defensa de Rusia indicó que 195 militares rusos volvieron a casa a cambio del mismo número de soldados ucranianos.
        """, "2024-01-31");
    assertThat(x.language()).isEqualTo("es");
    assertThat(Facts.figures(x)).containsExactlyInAnyOrder(
        "2024-01-31 TOTAL 400 MORE_THAN null",
        "2024-01-31 TO_RUSSIA 195 EXACT Russian Ministry of Defence",
        "2024-01-31 TO_UKRAINE 195 EXACT Russian Ministry of Defence");
    assertThat(x.cumulative()).isEmpty();
  }

  @Test
  void a_two_digit_count_after_and_starts_another_group() {
    ArticleExtraction x = Facts.extract("""
        Nuevo intercambio de prisioneros
        Tras el intercambio del miércoles, unos cuarenta combatientes rusos y 44 ucranianos volvieron a casa.
        """, "2023-04-27");
    assertThat(Facts.figures(x)).containsExactlyInAnyOrder(
        "2023-04-26 TO_RUSSIA 40 ABOUT null",
        "2023-04-26 TO_UKRAINE 44 EXACT null");
  }

  @Test
  void polish_contrastive_a_before_a_count_starts_another_clause() {
    // "… wrócili do Rosji" is the 18's, not the 230's: the 230 may no longer go to Russia
    ArticleExtraction x = Facts.extract("""
        Kolejna wymiana jeńców
        Ukraińcy podają, że Moskwa oddała im w środę 230 osób, a 18 jeńców, którzy wrócili do Rosji, to gest dobrej woli.
        """, "2024-01-03");
    assertThat(x.language()).isEqualTo("pl");
    assertThat(Facts.figures(x)).noneMatch(f -> f.startsWith("2024-01-03 TO_RUSSIA 230"));
  }
}
