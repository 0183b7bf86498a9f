package org.overturn.domain.scoring;

/**
 * The two clinician-entered options of the LOCUS tree, both off by default.
 *
 * @param noPriorTreatment the patient has never needed treatment (the vendor proxies this with a
 *     Dimension V item)
 * @param actAvailable an ACT or intensive community team is available (the vendor reads a Dimension
 *     IV-B box)
 */
public record LocusOptions(boolean noPriorTreatment, boolean actAvailable) {

    public static final LocusOptions NONE = new LocusOptions(false, false);
}
