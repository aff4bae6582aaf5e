package dev.citebot.store.h2;

import java.nio.file.Path;

/** Test helper run in a child JVM: opens a database, says "open", and keeps it open until stdin closes. */
public final class HoldDatabase {
    private HoldDatabase() {
    }

    public static void main(String[] args) throws Exception {
        try (Database db = Database.open(Path.of(args[0]))) {
            System.out.println("open " + db.schemaVersion());
            System.out.flush();
            while (System.in.read() != -1) {
                Thread.onSpinWait();
            }
        }
    }
}
