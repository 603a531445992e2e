/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.view;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mynacard.cli.output.Json;
import dev.mynacard.cli.output.TextOutput;
import dev.mynacard.core.cert.HolderInfo;
import dev.mynacard.core.cert.JapaneseDate;
import dev.mynacard.core.cert.Sex;

/** The holder's facts (from the signing certificate or the text AP) as text or JSON. */
public final class HolderView {
    private HolderView() {
    }

    public static ObjectNode json(HolderInfo holder) {
        ObjectNode json = facts(holder.name(), holder.address(), holder.birthDate(), holder.sex());
        if (!holder.nameSubstitutes().isEmpty()) {
            json.put("nameSubstitutes", holder.nameSubstitutes());
        }
        if (!holder.addressSubstitutes().isEmpty()) {
            json.put("addressSubstitutes", holder.addressSubstitutes());
        }
        if (!holder.locality().isEmpty()) {
            holder.locality().forEach(json.putArray("locality")::add);
        }
        return json;
    }

    public static void text(TextOutput out, HolderInfo holder) {
        facts(out, holder.name(), holder.address(), holder.birthDate(), holder.sex());
        if (!holder.nameSubstitutes().isEmpty()) {
            out.field("holder.name-substitutes", holder.nameSubstitutes());
        }
        if (!holder.addressSubstitutes().isEmpty()) {
            out.field("holder.address-substitutes", holder.addressSubstitutes());
        }
        if (!holder.locality().isEmpty()) {
            out.field("holder.locality", String.join(", ", holder.locality()));
        }
    }

    /** The basic 4 facts: {@code name, address, birthDate, birthDateJapanese, sex}. */
    public static ObjectNode facts(String name, String address, JapaneseDate birthDate, Sex sex) {
        return Json.object()
                .put("name", name)
                .put("address", address)
                .put("birthDate", birthDate.date().toString())
                .put("birthDateJapanese", birthDate.wareki())
                .put("sex", Json.code(sex));
    }

    public static void facts(TextOutput out, String name, String address, JapaneseDate birthDate, Sex sex) {
        out.field("holder.name", name);
        out.field("holder.birth-date", birthDate.toString());
        out.field("holder.sex", out.messages().get("sex." + Json.code(sex)));
        out.field("holder.address", address);
    }
}
