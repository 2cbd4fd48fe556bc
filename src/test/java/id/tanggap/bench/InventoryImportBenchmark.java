package id.tanggap.bench;

import id.tanggap.inventory.StaffImport;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * script/bench, inventory part: times the ASN/THL import of BENCH_INVENTORY_ROWS rows (default
 * 10,001, a province's file), first as a new file and then again as a re-import that replaces every
 * person's accounts. LargeInventoryImportIT checks that such a file is taken all or nothing.
 */
public final class InventoryImportBenchmark {

    public static void main(String[] args) {
        int rows = Integer.parseInt(System.getenv().getOrDefault("BENCH_INVENTORY_ROWS", "10001"));
        ConfigurableApplicationContext app = BenchApp.start();
        try {
            StringBuilder csv = new StringBuilder("nip,nama,opd,jenis,email,facebook,instagram,x\n");
            for (int i = 1; i <= rows; i++) {
                csv.append("THL-BENCH-%06d,Pegawai Uji %d,%s,THL,pegawai.uji%d@ntbprov.example,,pegawai.uji.%d,uji_%d\n"
                        .formatted(i, i, i % 2 == 0 ? "DPUPR" : "DLHK", i, i, i));
            }
            StaffImport imports = app.getBean(StaffImport.class);
            for (String run : new String[] {"new file", "re-import"}) {
                long t0 = System.nanoTime();
                StaffImport.Result result = imports.importCsv(csv.toString());
                double seconds = (System.nanoTime() - t0) / 1e9;
                System.out.printf(
                        "inventory import, %s: %d rows, %d imported, %.2f s (%.0f rows/s)%n",
                        run, result.rows(), result.imported(), seconds, result.rows() / seconds);
            }
        } finally {
            app.close();
            System.exit(0);
        }
    }
}
