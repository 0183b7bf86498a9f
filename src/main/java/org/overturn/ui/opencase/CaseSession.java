package org.overturn.ui.opencase;

import java.time.Clock;
import java.util.concurrent.Executor;
import org.overturn.domain.store.CaseHistory;
import org.overturn.domain.store.CaseStore;
import org.overturn.domain.store.PayerStore;
import org.overturn.ui.common.Background;
import org.overturn.ui.common.UiServices;

/**
 * What an open case needs from the app, and no more: the worker threads, where cases and payers are
 * stored, who changed the case (the shared store's audit; none on the local store), the clock, how
 * long the autosave waits, and how a saver's report reaches the FX thread. Built by the composition
 * root; a view model test gives plain fakes of the stores and runs the reports where they happen,
 * with no FX toolkit.
 */
public record CaseSession(
        Background background,
        CaseStore cases,
        PayerStore payers,
        CaseHistory history,
        Clock clock,
        long autosaveDelayMillis,
        Executor fxThread) {

    /** The app's own, from its services. */
    public static CaseSession of(UiServices ctx) {
        return new CaseSession(
                ctx.background(),
                ctx.core().cases(),
                ctx.core().payers(),
                ctx.core().caseHistory(),
                ctx.clock(),
                ctx.autosaveDelayMillis(),
                Background::onFx);
    }
}
