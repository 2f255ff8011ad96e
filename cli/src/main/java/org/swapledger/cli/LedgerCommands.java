package org.swapledger.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.swapledger.app.LedgerExport;
import org.swapledger.app.LedgerQuery;
import org.swapledger.app.RebuildUseCase;
import org.swapledger.app.Sources;
import org.swapledger.model.Check;
import org.swapledger.model.Issue;
import org.swapledger.store.QueryRepository.CheckRow;
import org.swapledger.store.QueryRepository.ClaimRow;
import org.swapledger.store.QueryRepository.EventRow;
import org.swapledger.store.QueryRepository.PairRow;
import org.swapledger.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The commands over the ledger database: rebuild, events, show, checks, issues, export. */
final class LedgerCommands {
  private LedgerCommands() {}

  /** What every ledger command shares: the database option and the output streams. */
  abstract static class Base implements Callable<Integer> {
    @Spec
    @Nullable CommandSpec spec;

    @Mixin
    DbOption db = new DbOption();

    PrintWriter out() {
      return spec().commandLine().getOut();
    }

    private CommandSpec spec() {
      if (spec == null) {
        throw new IllegalStateException("picocli did not inject the command spec");
      }
      return spec;
    }

    @Override
    public Integer call() {
      try (Store store = open()) {
        int code = run(store);
        out().flush();
        return code;
      }
    }

    Store open() {
      return db.existing();
    }

    abstract int run(Store store);
  }

  @Command(name = "rebuild", mixinStandardHelpOptions = true,
      description = "Recompute events, reconciliation and checks from the stored claims (after a pipeline change).")
  static final class Rebuild extends Base {
    @Override
    int run(Store store) {
      RebuildUseCase.Summary s = new RebuildUseCase(Sources.shipped()).run(store);
      out().printf("%,d reports → %,d events, %,d checks (%,d flagged)%n", s.reports(), s.events(), s.checks(),
          s.flagged());
      return 0;
    }
  }

  @Command(name = "events", mixinStandardHelpOptions = true,
      description = "List the events: date, ordinal, best figure per side, mediators, sources, flags.")
  static final class Events extends Base {
    @Override
    int run(Store store) {
      List<String[]> rows = new ArrayList<>();
      for (EventRow e : new LedgerQuery(store).events()) {
        rows.add(new String[] {Long.toString(e.id()), e.date(), e.ordinal() == null ? "" : e.ordinal().toString(),
            figure(e.toUkraine(), e.toUkraineQualifier()), figure(e.toRussia(), e.toRussiaQualifier()),
            e.mediators(), Integer.toString(e.sources()), e.stageOf() == null ? "" : "stage of " + e.stageOf(),
            e.flags()});
      }
      Table.print(out(), List.of("id", "date", "ordinal", "to_ukraine", "to_russia", "mediators", "sources",
          "stage", "flags"), rows);
      return 0;
    }
  }

  @Command(name = "show", mixinStandardHelpOptions = true,
      description = "Show one event: every claim with its source, outlet, quoted sentence and URL, and how they relate.")
  static final class Show extends Base {
    @Parameters(paramLabel = "EVENT", description = "Event id, or its date (YYYY-MM-DD).")
    String event = "";

    @Override
    int run(Store store) {
      Optional<LedgerQuery.EventDetail> found = new LedgerQuery(store).findEvent(event);
      if (found.isEmpty()) {
        throw new IllegalArgumentException("no event " + event + "; see `swapledger events`");
      }
      LedgerQuery.EventDetail d = found.get();
      EventRow e = d.event();
      PrintWriter out = out();
      out.printf("event %d  %s%s%n", e.id(), e.date(), e.ordinal() == null ? "" : "  ordinal " + e.ordinal());
      out.printf("  returned to Ukraine: %s%n  returned to Russia:  %s%n", blank(figure(e.toUkraine(),
          e.toUkraineQualifier())), blank(figure(e.toRussia(), e.toRussiaQualifier())));
      if (e.total() != null) {
        out.printf("  total:               %s%n", figure(e.total(), e.totalQualifier()));
      }
      out.printf("  mediators: %s%n", blank(e.mediators()));
      if (e.stageOf() != null) {
        out.printf("  stage of event %d%n", e.stageOf());
      }
      if (!e.flags().isEmpty()) {
        out.printf("  flags: %s%n", e.flags());
      }
      String direction = "";
      for (ClaimRow c : d.claims()) {
        if (!c.direction().equals(direction)) {
          direction = c.direction();
          out.printf("%n%s%n", direction);
        }
        out.printf("  %s [%d] %s  %s (%s)  group %s  %s%n      \"%s\"%n      %s%n", c.best() ? "*" : " ", c.id(),
            (c.additional() ? "+" : "") + figure(c.count(), c.qualifier()), c.source() == null ? "(outlet's own voice)" : c.source(),
            c.authority(), c.sourceGroup(), c.outlet() == null ? c.articleInputId() : c.outlet(),
            c.evidence().replaceAll("\\s+", " ").strip(), c.url() == null ? "article " + c.articleInputId()
                : c.url());
      }
      if (!d.pairs().isEmpty()) {
        out.printf("%npairs%n");
        for (PairRow p : d.pairs()) {
          out.printf("  %s [%d] vs [%d]: %s%n", p.direction(), p.first(), p.second(), p.status());
        }
      }
      return 0;
    }
  }

  @Command(name = "checks", mixinStandardHelpOptions = true,
      description = "List the checks over the ledger (ordinals, running totals, contradictions) and what each rests on.")
  static final class Checks extends Base {
    @Option(names = "--flagged", description = "Only the checks that flag something.")
    boolean flagged;

    @Override
    int run(Store store) {
      PrintWriter out = out();
      for (CheckRow k : new LedgerQuery(store).checks()) {
        if (flagged && !k.outcome().equals(Check.Outcome.FLAG.code())) {
          continue;
        }
        List<String> basis = new ArrayList<>();
        k.basis().forEach(b -> basis.add(b.kind().code() + " " + b.id()));
        out.printf("%d  %s  %s: %s%n    rests on: %s%n", k.id(), k.outcome().toUpperCase(Locale.ROOT), k.kind(),
            k.message(), String.join(", ", basis));
      }
      return 0;
    }
  }

  @Command(name = "issues", mixinStandardHelpOptions = true, description = "List the bad input met by ingest.")
  static final class Issues extends Base {
    @Override
    int run(Store store) {
      for (Issue i : new LedgerQuery(store).issues()) {
        out().println(i);
      }
      return 0;
    }
  }

  @Command(name = "export", mixinStandardHelpOptions = true,
      description = {"Write events or claims to standard output.",
          "CSV is RFC 4180 in UTF-8; events carry date, ordinal, returned_to_ukraine, returned_to_russia, mediators."})
  static final class Export extends Base {
    enum What { events, claims }

    enum Format { csv, json, ndjson }

    @Parameters(paramLabel = "WHAT", description = "events or claims.")
    What what = What.events;

    @Option(names = "--format", description = "csv (default), json or ndjson.")
    Format format = Format.csv;

    @Override
    int run(Store store) {
      LedgerQuery q = new LedgerQuery(store);
      LedgerExport.Format f = LedgerExport.Format.valueOf(format.name().toUpperCase(Locale.ROOT));
      switch (what) {
        case events -> LedgerExport.events(q.events(), f, out());
        case claims -> LedgerExport.claims(q.claims(), f, out());
      }
      return 0;
    }
  }

  static String figure(@Nullable Long count, @Nullable String qualifier) {
    if (count == null) {
      return "";
    }
    return qualifier == null || qualifier.equals("exact") ? count.toString()
        : qualifier.replace('_', ' ') + " " + count;
  }

  private static String blank(String s) {
    return s.isEmpty() ? "-" : s;
  }
}
