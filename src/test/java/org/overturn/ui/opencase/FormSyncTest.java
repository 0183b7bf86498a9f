package org.overturn.ui.opencase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 16, item 5: the guard the forms share, in one place. */
class FormSyncTest {

    @Test
    void aFillInsideAFillKeepsTheOuterStateAndAFailureClearsIt() {
        FormSync sync = new FormSync();
        List<Boolean> seen = new ArrayList<>();
        sync.load(
                () -> {
                    sync.load(() -> seen.add(sync.loading()));
                    seen.add(sync.loading());
                });
        seen.add(sync.loading());
        assertThat(seen).containsExactly(true, true, false);

        assertThatThrownBy(
                        () ->
                                sync.load(
                                        () -> {
                                            throw new IllegalStateException("a field refused");
                                        }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(sync.loading()).isFalse();
    }

    @Test
    void anEditIsMarkedWhileItRunsOnly() {
        FormSync sync = new FormSync();
        List<Boolean> seen = new ArrayList<>();
        sync.commit(() -> seen.add(sync.committing()));
        seen.add(sync.committing());
        assertThat(seen).containsExactly(true, false);
        assertThat(sync.loading()).isFalse();
    }
}
