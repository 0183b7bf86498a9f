package org.overturn.domain.store;

import org.overturn.domain.packet.PracticeProfile;

/**
 * The practice profile (clinicians, letterhead): the port the screens and commands use, through
 * {@code core}.
 */
public interface ProfileStore {

    PracticeProfile load();

    void save(PracticeProfile p);
}
