package org.overturn.domain.cases;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** US states, DC and territories by their two-letter postal codes. */
public final class UsStates {

    private static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        String[] pairs = {
            "AL",
            "Alabama",
            "AK",
            "Alaska",
            "AZ",
            "Arizona",
            "AR",
            "Arkansas",
            "CA",
            "California",
            "CO",
            "Colorado",
            "CT",
            "Connecticut",
            "DE",
            "Delaware",
            "DC",
            "District of Columbia",
            "FL",
            "Florida",
            "GA",
            "Georgia",
            "HI",
            "Hawaii",
            "ID",
            "Idaho",
            "IL",
            "Illinois",
            "IN",
            "Indiana",
            "IA",
            "Iowa",
            "KS",
            "Kansas",
            "KY",
            "Kentucky",
            "LA",
            "Louisiana",
            "ME",
            "Maine",
            "MD",
            "Maryland",
            "MA",
            "Massachusetts",
            "MI",
            "Michigan",
            "MN",
            "Minnesota",
            "MS",
            "Mississippi",
            "MO",
            "Missouri",
            "MT",
            "Montana",
            "NE",
            "Nebraska",
            "NV",
            "Nevada",
            "NH",
            "New Hampshire",
            "NJ",
            "New Jersey",
            "NM",
            "New Mexico",
            "NY",
            "New York",
            "NC",
            "North Carolina",
            "ND",
            "North Dakota",
            "OH",
            "Ohio",
            "OK",
            "Oklahoma",
            "OR",
            "Oregon",
            "PA",
            "Pennsylvania",
            "RI",
            "Rhode Island",
            "SC",
            "South Carolina",
            "SD",
            "South Dakota",
            "TN",
            "Tennessee",
            "TX",
            "Texas",
            "UT",
            "Utah",
            "VT",
            "Vermont",
            "VA",
            "Virginia",
            "WA",
            "Washington",
            "WV",
            "West Virginia",
            "WI",
            "Wisconsin",
            "WY",
            "Wyoming",
            "AS",
            "American Samoa",
            "GU",
            "Guam",
            "MP",
            "Northern Mariana Islands",
            "PR",
            "Puerto Rico",
            "VI",
            "U.S. Virgin Islands"
        };
        for (int i = 0; i < pairs.length; i += 2) {
            NAMES.put(pairs[i], pairs[i + 1]);
        }
    }

    private UsStates() {}

    public static Map<String, String> all() {
        return Map.copyOf(NAMES);
    }

    public static Iterable<String> codes() {
        return NAMES.keySet();
    }

    public static Optional<String> name(String code) {
        return Optional.ofNullable(NAMES.get(code));
    }

    /** An empty value stays empty; anything else must be a known code (case-insensitive). */
    public static String normalise(String code, String what) {
        String c = Text.clean(code).toUpperCase(Locale.ROOT);
        if (!c.isEmpty() && !NAMES.containsKey(c)) {
            throw new IllegalArgumentException(
                    what + " '" + code + "' is not a US state or territory code");
        }
        return c;
    }
}
