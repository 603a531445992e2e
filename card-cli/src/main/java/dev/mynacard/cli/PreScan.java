package dev.mynacard.cli;

import java.util.Locale;

/**
 * The two options that must be known before the command line is parsed, so that a parse error is
 * already reported in the right language and form: --lang and --json.
 */
record PreScan(Language language, boolean json) {
    static PreScan of(String[] args, Locale defaultLocale) {
        Language language = Language.of(defaultLocale);
        boolean json = false;
        for (int i = 0; i < args.length && !args[i].equals("--"); i++) {
            String arg = args[i];
            if (arg.equals("--json")) {
                json = true;
            } else if (arg.equals("--lang") && i + 1 < args.length) {
                language = Language.parse(args[i + 1]).orElse(language);
            } else if (arg.startsWith("--lang=")) {
                language = Language.parse(arg.substring("--lang=".length())).orElse(language);
            }
        }
        return new PreScan(language, json);
    }
}
