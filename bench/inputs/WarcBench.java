import java.io.BufferedInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.swapledger.ingest.DocumentReader;
import org.swapledger.ingest.WarcArticleReader;

/**
 * WARC reading throughput: writes a gzipped WARC of generated news pages (plus image records to pass over), then
 * reads it (1) with bare jwarc, payloads read and dropped, and (2) with WarcArticleReader (HTML to articles), in a
 * small heap to show that memory does not grow with the file. Usage: bench/inputs.sh warc [RECORDS] (default 6000).
 */
public class WarcBench {
  public static void main(String[] args) throws Exception {
    int records = args.length > 0 ? Integer.parseInt(args[0]) : 6000;
    Path file = Files.createTempFile("swapledger-bench", ".warc.gz");
    long payload = 0;
    Random rnd = new Random(3);
    try (WarcWriter w = new WarcWriter(FileChannel.open(file, StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      for (int i = 0; i < records; i++) {
        boolean image = i % 5 == 4;
        byte[] body = image ? new byte[2048] : Pages.page(rnd, i).getBytes(StandardCharsets.UTF_8);
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: " + (image ? "image/jpeg" : "text/html; charset=utf-8")
            + "\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] block = new byte[head.length + body.length];
        System.arraycopy(head, 0, block, 0, head.length);
        System.arraycopy(body, 0, block, head.length, body.length);
        payload += block.length;
        w.write(new WarcResponse.Builder(URI.create("https://news.example/story/" + i))
            .body(MediaType.HTTP_RESPONSE, block).build());
      }
    }
    long size = Files.size(file);
    System.out.printf("%d records, %.1f MB of HTTP payload, %.1f MB gzipped WARC, heap max %d MB%n", records,
        payload / 1e6, size / 1e6, Runtime.getRuntime().maxMemory() >> 20);
    for (int round = 0; round < 3; round++) {
      long t0 = System.nanoTime();
      long n = 0;
      try (WarcReader r = new WarcReader(FileChannel.open(file))) {
        for (WarcRecord rec : r) {
          if (rec instanceof WarcResponse resp) {
            try (InputStream in = resp.http().body().stream()) {
              n += in.transferTo(java.io.OutputStream.nullOutputStream());
            }
          }
        }
      }
      long t1 = System.nanoTime();
      long[] articles = new long[2];
      try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
        new WarcArticleReader(new DocumentReader()).read(file.toString(), in, item -> articles[0]++);
      }
      long t2 = System.nanoTime();
      System.gc();
      long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
      System.out.printf("round %d: bare jwarc %.0f MB/s (%d payload bytes); WarcArticleReader with HTML to text "
          + "%.1f MB/s of payload, %.0f records/s, %d articles; heap after GC %d MB%n", round,
          payload / 1e6 / ((t1 - t0) / 1e9), n, payload / 1e6 / ((t2 - t1) / 1e9), records / ((t2 - t1) / 1e9),
          articles[0], used);
    }
    Files.delete(file);
  }
}
