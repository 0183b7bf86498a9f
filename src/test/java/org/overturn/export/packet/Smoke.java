package org.overturn.export.packet;

import java.nio.file.Files;
import java.nio.file.Path;
import org.overturn.persistence.json.ImportedCase;

public final class Smoke {
    public static void main(String[] args) throws Exception {
        for (String n : new String[] {PacketFixtures.MH, PacketFixtures.SUD}) {
            ImportedCase ic = PacketFixtures.sample(n);
            PacketExporter ex = new PacketExporter(PacketFixtures.inputs(ic.caseFile(), ic.payer(),
                    new PacketFixtures.MemorySource()));
            System.out.println(ex.preview());
            Path out = Path.of("/tmp/packet-" + n.replace(".json", ".pdf"));
            ex.export(out, (f, w) -> { });
            System.out.println(out + " " + ex.pages());
        }
    }
}
