package org.overturn.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseImportDropTest {

    @Test
    void oneCaseFileOrBundleIsTakenAndAnythingElseIsNot() {
        assertThat(CaseImport.importable(List.of(new File("/tmp/case-3.overturn")))).isPresent();
        assertThat(CaseImport.importable(List.of(new File("/tmp/Case-3.JSON")))).isPresent();
        assertThat(CaseImport.importable(List.of(new File("/tmp/denial.pdf")))).isEmpty();
        assertThat(
                        CaseImport.importable(
                                List.of(new File("/tmp/a.overturn"), new File("/tmp/b.json"))))
                .isEmpty();
        assertThat(CaseImport.importable(List.of())).isEmpty();
    }
}
