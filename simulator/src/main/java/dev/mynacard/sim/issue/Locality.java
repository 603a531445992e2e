/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.issue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The holder's locality in romaji as the real signing certificate's subject carries it besides CN
 * ({@code L=Ibaraki-ken, L=Tsukuba-shi}; docs/protocol.md §14), derived from the address: the
 * prefecture from its first characters, the municipality from a small table of romaji readings
 * (kanji have no reading a program can derive). An address whose municipality is not in the table
 * gets the prefecture only; one without a prefecture gets no locality.
 */
final class Locality {
    private static final Map<String, String> PREFECTURES = Map.ofEntries(
            Map.entry("北海道", "Hokkaido"), Map.entry("青森県", "Aomori-ken"), Map.entry("岩手県", "Iwate-ken"),
            Map.entry("宮城県", "Miyagi-ken"), Map.entry("秋田県", "Akita-ken"), Map.entry("山形県", "Yamagata-ken"),
            Map.entry("福島県", "Fukushima-ken"), Map.entry("茨城県", "Ibaraki-ken"), Map.entry("栃木県", "Tochigi-ken"),
            Map.entry("群馬県", "Gunma-ken"), Map.entry("埼玉県", "Saitama-ken"), Map.entry("千葉県", "Chiba-ken"),
            Map.entry("東京都", "Tokyo-to"), Map.entry("神奈川県", "Kanagawa-ken"), Map.entry("新潟県", "Niigata-ken"),
            Map.entry("富山県", "Toyama-ken"), Map.entry("石川県", "Ishikawa-ken"), Map.entry("福井県", "Fukui-ken"),
            Map.entry("山梨県", "Yamanashi-ken"), Map.entry("長野県", "Nagano-ken"), Map.entry("岐阜県", "Gifu-ken"),
            Map.entry("静岡県", "Shizuoka-ken"), Map.entry("愛知県", "Aichi-ken"), Map.entry("三重県", "Mie-ken"),
            Map.entry("滋賀県", "Shiga-ken"), Map.entry("京都府", "Kyoto-fu"), Map.entry("大阪府", "Osaka-fu"),
            Map.entry("兵庫県", "Hyogo-ken"), Map.entry("奈良県", "Nara-ken"), Map.entry("和歌山県", "Wakayama-ken"),
            Map.entry("鳥取県", "Tottori-ken"), Map.entry("島根県", "Shimane-ken"), Map.entry("岡山県", "Okayama-ken"),
            Map.entry("広島県", "Hiroshima-ken"), Map.entry("山口県", "Yamaguchi-ken"), Map.entry("徳島県", "Tokushima-ken"),
            Map.entry("香川県", "Kagawa-ken"), Map.entry("愛媛県", "Ehime-ken"), Map.entry("高知県", "Kochi-ken"),
            Map.entry("福岡県", "Fukuoka-ken"), Map.entry("佐賀県", "Saga-ken"), Map.entry("長崎県", "Nagasaki-ken"),
            Map.entry("熊本県", "Kumamoto-ken"), Map.entry("大分県", "Oita-ken"), Map.entry("宮崎県", "Miyazaki-ken"),
            Map.entry("鹿児島県", "Kagoshima-ken"), Map.entry("沖縄県", "Okinawa-ken"));

    /** Municipalities the simulator knows the reading of: prefectural capitals, Tokyo's central wards, Tsukuba. */
    private static final Map<String, String> MUNICIPALITIES = Map.ofEntries(
            Map.entry("つくば市", "Tsukuba-shi"), Map.entry("水戸市", "Mito-shi"), Map.entry("札幌市", "Sapporo-shi"),
            Map.entry("仙台市", "Sendai-shi"), Map.entry("さいたま市", "Saitama-shi"), Map.entry("千葉市", "Chiba-shi"),
            Map.entry("千代田区", "Chiyoda-ku"), Map.entry("中央区", "Chuo-ku"), Map.entry("港区", "Minato-ku"),
            Map.entry("新宿区", "Shinjuku-ku"), Map.entry("渋谷区", "Shibuya-ku"), Map.entry("世田谷区", "Setagaya-ku"),
            Map.entry("横浜市", "Yokohama-shi"), Map.entry("川崎市", "Kawasaki-shi"), Map.entry("新潟市", "Niigata-shi"),
            Map.entry("静岡市", "Shizuoka-shi"), Map.entry("名古屋市", "Nagoya-shi"), Map.entry("京都市", "Kyoto-shi"),
            Map.entry("大阪市", "Osaka-shi"), Map.entry("神戸市", "Kobe-shi"), Map.entry("広島市", "Hiroshima-shi"),
            Map.entry("福岡市", "Fukuoka-shi"), Map.entry("那覇市", "Naha-shi"));

    private Locality() {
    }

    /** The L= values, prefecture first: none, the prefecture, or the prefecture and the municipality. */
    static List<String> of(String address) {
        List<String> locality = new ArrayList<>();
        for (Map.Entry<String, String> prefecture : PREFECTURES.entrySet()) {
            if (address.startsWith(prefecture.getKey())) {
                locality.add(prefecture.getValue());
                String rest = address.substring(prefecture.getKey().length());
                MUNICIPALITIES.entrySet().stream().filter(m -> rest.startsWith(m.getKey())).findFirst()
                        .ifPresent(m -> locality.add(m.getValue()));
                break;
            }
        }
        return locality;
    }
}
