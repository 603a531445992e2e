/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

import java.util.Locale;

/**
 * What must be known before the command line is parsed: --lang and --json, so that a parse error
 * is already reported in the right language and form; and whether the line asks for the version
 * and nothing else, which needs no parsing at all.
 *
 * @param versionOnly the arguments are --version (or -V) with at most --json and --lang
 */
record PreScan(Language language, boolean json, boolean versionOnly) {
    static PreScan of(String[] args, Locale defaultLocale) {
        Language language = Language.of(defaultLocale);
        boolean json = false;
        boolean version = false;
        boolean other = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                other = true;
                break;
            } else if (arg.equals("--json")) {
                json = true;
            } else if (arg.equals("--version") || arg.equals("-V")) {
                version = true;
            } else if (arg.equals("--lang") && i + 1 < args.length) {
                language = Language.parse(args[++i]).orElse(language);
            } else if (arg.startsWith("--lang=")) {
                language = Language.parse(arg.substring("--lang=".length())).orElse(language);
            } else {
                other = true;
            }
        }
        return new PreScan(language, json, version && !other);
    }
}
