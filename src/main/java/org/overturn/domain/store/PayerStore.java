package org.overturn.domain.store;

import java.util.List;
import java.util.Optional;
import org.overturn.domain.cases.Payer;

/** The payer directory: the port the screens and commands use, through {@code core}. */
public interface PayerStore {

    List<Payer> all();

    Optional<Payer> find(long id);

    Optional<Payer> findByName(String name);

    /** Adds or updates a payer; returns it with its id. */
    Payer save(Payer p);
}
