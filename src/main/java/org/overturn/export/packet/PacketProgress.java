package org.overturn.export.packet;

/** Progress of an export, from 0 to 1, with what is being done. */
@FunctionalInterface
public interface PacketProgress {

    PacketProgress NONE = (f, what) -> {};

    void update(double fraction, String what);
}
