#include "model/vault/Schema.h"

#include "model/core/Log.h"
#include "model/vault/Database.h"

namespace
{
    // Version 1: the first shipped schema. Records are generic (kind + fields) so that each
    // field can carry its own clock when caseloads merge between devices.
    const char *const Migration1 = R"sql(
CREATE TABLE meta(
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL);
CREATE TABLE device_identity(
    id TEXT PRIMARY KEY,
    sign_public BLOB NOT NULL,
    sign_secret BLOB NOT NULL,
    created_at TEXT NOT NULL);
CREATE TABLE records(
    id TEXT PRIMARY KEY,
    person_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0);
CREATE INDEX records_by_person ON records(person_id, kind);
CREATE INDEX records_by_kind ON records(kind);
CREATE TABLE fields(
    record_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    value TEXT,
    hlc TEXT NOT NULL,
    device TEXT NOT NULL,
    PRIMARY KEY(record_id, name)) WITHOUT ROWID;
CREATE TABLE audit(
    seq INTEGER PRIMARY KEY,
    ts TEXT NOT NULL,
    actor TEXT NOT NULL,
    device TEXT NOT NULL,
    action TEXT NOT NULL,
    object TEXT NOT NULL,
    prev_hash BLOB NOT NULL,
    hash BLOB NOT NULL);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
CREATE TRIGGER notes_fields_append_only BEFORE UPDATE ON fields
    WHEN (SELECT kind FROM records WHERE id = OLD.record_id) = 'note'
    BEGIN SELECT RAISE(ABORT, 'notes are append-only'); END;
CREATE TRIGGER notes_not_tombstoned BEFORE UPDATE OF deleted ON records
    WHEN OLD.kind = 'note' AND NEW.deleted <> 0
    BEGIN SELECT RAISE(ABORT, 'notes are append-only'); END;
)sql";

    // Version 2: audit rows gain a detail column (counts, kinds, field names: never values), and
    // records gain updated_at so "last changed" and "no recent conversation" need no scan of fields.
    const char *const Migration2 = R"sql(
ALTER TABLE audit ADD COLUMN detail TEXT NOT NULL DEFAULT '';
ALTER TABLE records ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
UPDATE records SET updated_at = created_at;
UPDATE records SET updated_at = (SELECT max(substr(hlc, 1, 13)) FROM fields WHERE fields.record_id = records.id)
    WHERE EXISTS (SELECT 1 FROM fields WHERE fields.record_id = records.id);
CREATE INDEX records_by_updated ON records(kind, updated_at);
)sql";

    // Version 3: the bundle system. Keys trusted per bundle kind (removal keeps the row, for the record),
    // the last sequence imported per publisher stream, every bundle imported, vacancies, outcode centroids, and items
    // quarantined from authentic bundles with the reason.
    const char *const Migration3 = R"sql(
CREATE TABLE trusted_keys(
    key_id BLOB PRIMARY KEY,
    public_key BLOB NOT NULL,
    label TEXT NOT NULL,
    kinds TEXT NOT NULL,
    added_at TEXT NOT NULL,
    added_by TEXT NOT NULL,
    removed_at TEXT);
CREATE TABLE bundle_streams(
    publisher TEXT NOT NULL,
    kind TEXT NOT NULL,
    last_sequence INTEGER NOT NULL,
    PRIMARY KEY(publisher, kind));
CREATE TABLE imported_bundles(
    bundle_id BLOB PRIMARY KEY,
    kind TEXT NOT NULL,
    signer BLOB NOT NULL,
    publisher TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    digest BLOB NOT NULL,
    imported_at TEXT NOT NULL,
    summary TEXT NOT NULL);
CREATE TABLE vacancies(
    publisher TEXT NOT NULL,
    id TEXT NOT NULL,
    title TEXT NOT NULL,
    employer TEXT NOT NULL,
    description TEXT NOT NULL,
    skills TEXT NOT NULL,
    postcode TEXT NOT NULL,
    outcode TEXT NOT NULL,
    latitude REAL,
    longitude REAL,
    hours REAL,
    salary_min REAL,
    salary_max REAL,
    contract_type TEXT NOT NULL,
    closing_date TEXT NOT NULL,
    withdrawn INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    PRIMARY KEY(publisher, id));
CREATE INDEX vacancies_by_closing ON vacancies(withdrawn, closing_date);
CREATE TABLE outcodes(
    outcode TEXT PRIMARY KEY,
    latitude REAL NOT NULL,
    longitude REAL NOT NULL,
    updated_at TEXT NOT NULL);
CREATE TABLE quarantine(
    id INTEGER PRIMARY KEY,
    bundle_id BLOB NOT NULL,
    item TEXT NOT NULL,
    reason TEXT NOT NULL,
    content BLOB NOT NULL,
    received_at TEXT NOT NULL);
)sql";

    // Version 4: a compact index of what the caseload list shows, kept up to date by RecordStore in the
    // same transaction as each change. Reading it at unlock touches a few hundred pages instead of
    // decrypting pages all over the fields table (700 ms at 10,000 people before, under 100 ms after).
    const char *const Migration4 = R"sql(
CREATE TABLE person_index(
    person_id TEXT PRIMARY KEY,
    given_name TEXT NOT NULL,
    family_name TEXT NOT NULL,
    preferred_name TEXT NOT NULL,
    ni_number TEXT NOT NULL,
    postcode TEXT NOT NULL,
    status TEXT NOT NULL,
    owner TEXT NOT NULL,
    preferred_language TEXT NOT NULL,
    last_note TEXT NOT NULL);
CREATE TABLE appointment_index(
    appointment_id TEXT PRIMARY KEY,
    person_id TEXT NOT NULL,
    starts_at TEXT NOT NULL,
    planned INTEGER NOT NULL);
CREATE INDEX appointment_index_by_person ON appointment_index(person_id);
INSERT INTO person_index
SELECT r.id,
    coalesce((SELECT value FROM fields WHERE record_id = r.id AND name = 'given_name'), ''),
    coalesce((SELECT value FROM fields WHERE record_id = r.id AND name = 'family_name'), ''),
    coalesce((SELECT value FROM fields WHERE record_id = r.id AND name = 'preferred_name'), ''),
    coalesce((SELECT value FROM fields WHERE record_id = r.id AND name = 'ni_number'), ''),
    coalesce((SELECT value FROM fields WHERE record_id = r.id AND name = 'postcode'), ''),
    coalesce((SELECT value FROM fields WHERE record_id = r.id AND name = 'status'), 'open'),
    coalesce((SELECT value FROM fields WHERE record_id = r.id AND name = 'owner'), ''),
    coalesce((SELECT value FROM fields WHERE record_id = r.id AND name = 'preferred_language'), 'en'),
    coalesce((SELECT substr(max(n.created_at), 1, 10) FROM records n
              WHERE n.person_id = r.id AND n.kind = 'note' AND n.deleted = 0), '')
FROM records r WHERE r.kind = 'person' AND r.deleted = 0;
INSERT INTO appointment_index
SELECT r.id, r.person_id,
    coalesce((SELECT value FROM fields WHERE record_id = r.id AND name = 'starts_at'), ''),
    coalesce((SELECT value FROM fields WHERE record_id = r.id AND name = 'status'), 'planned') = 'planned'
FROM records r WHERE r.kind = 'appointment' AND r.deleted = 0;
)sql";

    // Version 5: caseload sync. Devices this vault exchanges caseloads with (and what each has confirmed
    // receiving), bundles sent and awaiting a receipt, and conflicts a person must resolve.
    const char *const Migration5 = R"sql(
CREATE TABLE sync_peers(
    device_id TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    sign_public BLOB NOT NULL,
    setting TEXT NOT NULL,
    delivered_hlc TEXT NOT NULL,
    added_at TEXT NOT NULL);
CREATE TABLE outbox(
    bundle_id BLOB PRIMARY KEY,
    device_id TEXT NOT NULL,
    max_hlc TEXT NOT NULL,
    created_at TEXT NOT NULL);
CREATE TABLE conflicts(
    id INTEGER PRIMARY KEY,
    record_id TEXT NOT NULL,
    person_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    field TEXT NOT NULL,
    kept_value TEXT,
    kept_hlc TEXT NOT NULL,
    other_value TEXT,
    other_hlc TEXT NOT NULL,
    other_device TEXT NOT NULL,
    detected_at TEXT NOT NULL,
    resolved_at TEXT);
)sql";

    // Version 6: the skills taxonomy in use when it is not the built-in one (an ESCO import or a taxonomy
    // bundle), replaced whole on each import. Lists are newline-separated ids or labels.
    const char *const Migration6 = R"sql(
CREATE TABLE taxonomy_info(
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL);
CREATE TABLE taxonomy_concepts(
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    label TEXT NOT NULL,
    alt_labels TEXT NOT NULL,
    broader TEXT NOT NULL);
CREATE TABLE taxonomy_occupations(
    id TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    family TEXT NOT NULL,
    alt_labels TEXT NOT NULL,
    essential TEXT NOT NULL,
    optional TEXT NOT NULL);
CREATE TABLE taxonomy_courses(
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    provider TEXT NOT NULL,
    length TEXT NOT NULL,
    skills TEXT NOT NULL);
)sql";

    // Version 7: courses from `courses` bundles, by publisher; their skills are labels, mapped to the
    // taxonomy in use when it is loaded.
    const char *const Migration7 = R"sql(
CREATE TABLE bundle_courses(
    publisher TEXT NOT NULL,
    id TEXT NOT NULL,
    title TEXT NOT NULL,
    provider TEXT NOT NULL,
    length TEXT NOT NULL,
    skills TEXT NOT NULL,
    PRIMARY KEY(publisher, id));
)sql";

    // Version 8: descriptions move to their own table. Building the matching index reads every open vacancy;
    // with the descriptions inline that meant decrypting four times the pages (1.8 s at 200,000 vacancies).
    const char *const Migration8 = R"sql(
CREATE TABLE vacancy_descriptions(
    publisher TEXT NOT NULL,
    id TEXT NOT NULL,
    description TEXT NOT NULL,
    PRIMARY KEY(publisher, id));
INSERT INTO vacancy_descriptions SELECT publisher, id, description FROM vacancies;
CREATE TABLE vacancies_narrow(
    publisher TEXT NOT NULL,
    id TEXT NOT NULL,
    title TEXT NOT NULL,
    employer TEXT NOT NULL,
    skills TEXT NOT NULL,
    postcode TEXT NOT NULL,
    outcode TEXT NOT NULL,
    latitude REAL,
    longitude REAL,
    hours REAL,
    salary_min REAL,
    salary_max REAL,
    contract_type TEXT NOT NULL,
    closing_date TEXT NOT NULL,
    withdrawn INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    PRIMARY KEY(publisher, id));
INSERT INTO vacancies_narrow SELECT publisher, id, title, employer, skills, postcode, outcode, latitude, longitude,
    hours, salary_min, salary_max, contract_type, closing_date, withdrawn, updated_at FROM vacancies;
DROP TABLE vacancies;
ALTER TABLE vacancies_narrow RENAME TO vacancies;
CREATE INDEX vacancies_by_closing ON vacancies(withdrawn, closing_date);
)sql";

    // Version 9: forms. Drafts autosave and change freely; a finished form is a version that never changes
    // (a trigger refuses updates; only erasing the person removes it). Answers are a JSON object.
    const char *const Migration9 = R"sql(
CREATE TABLE form_drafts(
    id TEXT PRIMARY KEY,
    person_id TEXT NOT NULL,
    form_id TEXT NOT NULL,
    form_version INTEGER NOT NULL,
    layout TEXT NOT NULL,
    language TEXT NOT NULL,
    answers TEXT NOT NULL,
    started_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL);
CREATE INDEX form_drafts_by_person ON form_drafts(person_id);
CREATE TABLE form_versions(
    id TEXT PRIMARY KEY,
    person_id TEXT NOT NULL,
    form_id TEXT NOT NULL,
    form_version INTEGER NOT NULL,
    number INTEGER NOT NULL,
    layout TEXT NOT NULL,
    language TEXT NOT NULL,
    answers TEXT NOT NULL,
    signed_by TEXT NOT NULL,
    signed_at TEXT NOT NULL,
    UNIQUE(person_id, form_id, number));
CREATE TRIGGER form_versions_are_final BEFORE UPDATE ON form_versions
BEGIN
    SELECT RAISE(ABORT, 'a finished form cannot change');
END;
)sql";

    // Version 10: form definitions from `forms` bundles. Every version is kept, not only the newest: a draft
    // keeps the version it was started on, and must still load it after a newer one arrives.
    const char *const Migration10 = R"sql(
CREATE TABLE form_definitions(
    form_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    definition TEXT NOT NULL,
    publisher TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    PRIMARY KEY(form_id, version));
)sql";

    // Version 11: erasures that travel with caseload sync. Only the person's random id and the erasure's stamp,
    // never a name: the row has to outlive the person, so that records of them arriving later are refused.
    const char *const Migration11 = R"sql(
CREATE TABLE person_erasures(
    person_id TEXT PRIMARY KEY,
    hlc TEXT NOT NULL,
    device TEXT NOT NULL);
)sql";

    // Version 12: each vacancy gets a stable row number (an INTEGER PRIMARY KEY, which VACUUM keeps), and its
    // description is keyed by that number rather than by (publisher, id). With the index on (withdrawn,
    // closing_date) gone too (no query could use it: matching scans the table, the purge filters on
    // closing_date alone), an imported vacancy writes three B-trees instead of five, and the purge of old
    // descriptions no longer reads every description page.
    const char *const Migration12 = R"sql(
CREATE TABLE vacancies_numbered(
    row INTEGER PRIMARY KEY,
    publisher TEXT NOT NULL,
    id TEXT NOT NULL,
    title TEXT NOT NULL,
    employer TEXT NOT NULL,
    skills TEXT NOT NULL,
    postcode TEXT NOT NULL,
    outcode TEXT NOT NULL,
    latitude REAL,
    longitude REAL,
    hours REAL,
    salary_min REAL,
    salary_max REAL,
    contract_type TEXT NOT NULL,
    closing_date TEXT NOT NULL,
    withdrawn INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    UNIQUE(publisher, id));
INSERT INTO vacancies_numbered(publisher, id, title, employer, skills, postcode, outcode, latitude, longitude,
    hours, salary_min, salary_max, contract_type, closing_date, withdrawn, updated_at)
    SELECT publisher, id, title, employer, skills, postcode, outcode, latitude, longitude, hours, salary_min,
    salary_max, contract_type, closing_date, withdrawn, updated_at FROM vacancies ORDER BY rowid;
CREATE TABLE vacancy_texts(
    row INTEGER PRIMARY KEY,
    description TEXT NOT NULL);
INSERT INTO vacancy_texts(row, description)
    SELECT v.row, d.description FROM vacancies_numbered v
    JOIN vacancy_descriptions d ON d.publisher = v.publisher AND d.id = v.id ORDER BY v.row;
DROP TABLE vacancy_descriptions;
DROP TABLE vacancies;
ALTER TABLE vacancies_numbered RENAME TO vacancies;
ALTER TABLE vacancy_texts RENAME TO vacancy_descriptions;
)sql";

    // Version 13: a draft remembers which changed answers should also update the case when the form is
    // finished (a JSON array of field ids). Without it the ticks were lost at the first lock or close.
    const char *const Migration13 = R"sql(
ALTER TABLE form_drafts ADD COLUMN update_case TEXT NOT NULL DEFAULT '[]';
)sql";

    // Version 14: streams, vacancies, courses and form definitions belong to the key that signed them, not to
    // the publisher name in a bundle's header, which any trusted key could set to another publisher's (issue 13).
    // Each name moves to the key id (as Minisign prints it: the 8 bytes reversed, in upper-case hex) of the key
    // that last signed a bundle of that kind under it. A vacancy or course no key can be found for could never be
    // withdrawn or replaced again, so it is withdrawn (vacancies, kept for history) or dropped (courses, which
    // every import replaces whole). Streams are rebuilt from the bundles imported, leaving out sequences stored
    // negative (2^63 and above, which blocked their stream for good). Imported bundles show the trusted label.
    const char *const Migration14 = R"sql(
CREATE TEMP TABLE publisher_keys(
    publisher TEXT NOT NULL,
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    PRIMARY KEY(publisher, kind));
INSERT OR REPLACE INTO publisher_keys(publisher, kind, key)
    SELECT publisher, kind,
        hex(substr(signer, 8, 1))||hex(substr(signer, 7, 1))||hex(substr(signer, 6, 1))||hex(substr(signer, 5, 1))
        ||hex(substr(signer, 4, 1))||hex(substr(signer, 3, 1))||hex(substr(signer, 2, 1))||hex(substr(signer, 1, 1))
    FROM imported_bundles
    WHERE kind NOT IN ('caseload', 'receipt') ORDER BY rowid;
UPDATE OR IGNORE vacancies
    SET publisher = (SELECT key FROM publisher_keys k
                     WHERE k.publisher = vacancies.publisher AND k.kind = 'vacancies')
    WHERE publisher IN (SELECT publisher FROM publisher_keys WHERE kind = 'vacancies');
UPDATE vacancies SET withdrawn = 1
    WHERE withdrawn = 0 AND publisher NOT IN (SELECT key FROM publisher_keys WHERE kind = 'vacancies');
UPDATE OR IGNORE bundle_courses
    SET publisher = (SELECT key FROM publisher_keys k
                     WHERE k.publisher = bundle_courses.publisher AND k.kind = 'courses')
    WHERE publisher IN (SELECT publisher FROM publisher_keys WHERE kind = 'courses');
DELETE FROM bundle_courses WHERE publisher NOT IN (SELECT key FROM publisher_keys WHERE kind = 'courses');
UPDATE form_definitions
    SET publisher = (SELECT key FROM publisher_keys k
                     WHERE k.publisher = form_definitions.publisher AND k.kind = 'forms')
    WHERE publisher IN (SELECT publisher FROM publisher_keys WHERE kind = 'forms');
CREATE TABLE bundle_streams_by_key(
    publisher TEXT NOT NULL,
    kind TEXT NOT NULL,
    last_sequence INTEGER NOT NULL,
    PRIMARY KEY(publisher, kind));
INSERT INTO bundle_streams_by_key(publisher, kind, last_sequence)
    SELECT
        hex(substr(signer, 8, 1))||hex(substr(signer, 7, 1))||hex(substr(signer, 6, 1))||hex(substr(signer, 5, 1))
        ||hex(substr(signer, 4, 1))||hex(substr(signer, 3, 1))||hex(substr(signer, 2, 1))||hex(substr(signer, 1, 1)),
        kind, max(sequence) FROM imported_bundles
    WHERE kind NOT IN ('caseload', 'receipt') AND sequence >= 0 GROUP BY signer, kind;
DROP TABLE bundle_streams;
ALTER TABLE bundle_streams_by_key RENAME TO bundle_streams;
UPDATE imported_bundles SET publisher = (SELECT label FROM trusted_keys t WHERE t.key_id = imported_bundles.signer)
    WHERE signer IN (SELECT key_id FROM trusted_keys);
DROP TABLE publisher_keys;
)sql";

    // Version 15: notes (corrections are notes) and finished forms cannot be deleted either. Erasing the person is
    // the one way: RecordStore::eraseRows keeps the erasure row before it deletes, and these triggers let a delete
    // through only for a person with one. Nothing writes these tables with INSERT OR REPLACE, whose delete would
    // not fire the triggers (recursive_triggers is off).
    const char *const Migration15 = R"sql(
CREATE TRIGGER notes_fields_not_deleted BEFORE DELETE ON fields
    WHEN (SELECT kind FROM records WHERE id = OLD.record_id) = 'note'
        AND NOT EXISTS (SELECT 1 FROM person_erasures e JOIN records r ON r.person_id = e.person_id
                        WHERE r.id = OLD.record_id)
    BEGIN SELECT RAISE(ABORT, 'notes are append-only'); END;
CREATE TRIGGER notes_not_deleted BEFORE DELETE ON records
    WHEN OLD.kind = 'note' AND NOT EXISTS (SELECT 1 FROM person_erasures WHERE person_id = OLD.person_id)
    BEGIN SELECT RAISE(ABORT, 'notes are append-only'); END;
CREATE TRIGGER form_versions_not_deleted BEFORE DELETE ON form_versions
    WHEN NOT EXISTS (SELECT 1 FROM person_erasures WHERE person_id = OLD.person_id)
    BEGIN SELECT RAISE(ABORT, 'a finished form cannot change'); END;
)sql";

    // Version 16: the audit chain is keyed from here on (AuditChain): rows already written keep their plain links
    // and still verify as they are, and every row from `audit_keyed_from` links by HMAC under a key derived from
    // the database key, which SQL alone cannot reach, so it is sealed into meta at the first open. Heads of other
    // devices' audit logs, as their bundles and receipts carried them, are kept as anchors that device can later
    // check its own log against (a number and a hash: nothing about anyone).
    const char *const Migration16 = R"sql(
INSERT INTO meta(key, value) SELECT 'audit_keyed_from', CAST(coalesce(max(seq), 0) + 1 AS TEXT) FROM audit;
CREATE TABLE audit_anchors(
    device_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    hash BLOB NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY(device_id, seq, hash)) WITHOUT ROWID;
)sql";

    // Version 17: what Waymark read of each vacancy at import (VacancyUnderstanding, issue 12 §2), keyed by the
    // vacancy's row number like its description and deleted with it: the occupation its title maps to with the
    // words that matched, and the skills its advert states or its occupation implies, packed into one blob
    // (VacancyReadingCodec) so the matching index decodes them without parsing text. `stamp` fingerprints the
    // taxonomy and reader they came from; matching ignores a reading whose stamp is not the current one.
    const char *const Migration17 = R"sql(
CREATE TABLE vacancy_readings(
    row INTEGER PRIMARY KEY,
    stamp INTEGER NOT NULL,
    occupation TEXT NOT NULL,
    confidence REAL NOT NULL,
    title_evidence TEXT NOT NULL,
    skills BLOB NOT NULL);
)sql";

    // Version 18: what each imported skill and occupation means (ESCO's descriptions), which the skill
    // linker weighs as context. Empty for rows imported before, until the taxonomy is imported again.
    const char *const Migration18 = R"sql(
ALTER TABLE taxonomy_concepts ADD COLUMN description TEXT NOT NULL DEFAULT '';
ALTER TABLE taxonomy_occupations ADD COLUMN description TEXT NOT NULL DEFAULT '';
)sql";

    // Version 19: what matching needs to relate skills and occupations (issue 12 §4), beside the taxonomy tables
    // rather than in them so other columns can be added there independently: ESCO's skill-to-skill relations,
    // one row a pair, and each occupation's ESCO code. Replaced with the taxonomy, like its other tables.
    const char *const Migration19 = R"sql(
CREATE TABLE taxonomy_skill_relations(
    skill TEXT NOT NULL,
    related TEXT NOT NULL);
CREATE TABLE taxonomy_occupation_codes(
    occupation TEXT PRIMARY KEY,
    code TEXT NOT NULL);
)sql";

    // Version 20: finished forms travel in caseload sync (docs/bundles.md, Forms in caseload bundles). A version was
    // numbered per person and form, so two devices could each make "version 2"; now it is known by its random id
    // and by the device that finished it with that device's own counter (unique together), and carries a
    // hybrid-clock stamp. The number people see is computed when shown, by ordering a person's versions of a form
    // by stamp then device, so it is no longer stored. Existing versions get this device, counters in the order
    // they were written, and stamps made from when they were signed off, never earlier than the version before:
    // the numbers shown stay exactly what they were. `health` is the form's health flag when it was finished (an
    // existing version counts as health unless it is one of the built-in forms without health data, so nothing
    // leaves without consent by mistake); `sync_hlc` is a local stamp taken when a version is written here, so a
    // version received from one device is passed on to the next; `received_from` the key id of the device it came
    // from. Drafts gain the stamp they were last saved with and its device, so they merge between the owner's own
    // devices (newest wins), and sync peers a flag saying the device is one of the vault owner's own.
    const char *const Migration20 = R"sql(
CREATE TABLE form_versions_synced(
    id TEXT PRIMARY KEY,
    person_id TEXT NOT NULL,
    form_id TEXT NOT NULL,
    form_version INTEGER NOT NULL,
    layout TEXT NOT NULL,
    language TEXT NOT NULL,
    answers TEXT NOT NULL,
    signed_by TEXT NOT NULL,
    signed_at TEXT NOT NULL,
    hlc TEXT NOT NULL,
    device TEXT NOT NULL,
    device_seq INTEGER NOT NULL,
    draft_id TEXT NOT NULL DEFAULT '',
    health INTEGER NOT NULL DEFAULT 1,
    sync_hlc TEXT NOT NULL,
    received_from TEXT NOT NULL DEFAULT '',
    UNIQUE(device, device_seq));
CREATE TEMP TABLE legacy_form_millis(id TEXT PRIMARY KEY, millis INTEGER NOT NULL);
INSERT INTO legacy_form_millis(id, millis)
    SELECT id, CAST(strftime('%s', substr(signed_at, 1, 19)) AS INTEGER) * 1000
        + CASE WHEN substr(signed_at, 20, 1) = '.' THEN CAST(substr(signed_at, 21, 3) AS INTEGER) ELSE 0 END
    FROM form_versions;
INSERT INTO form_versions_synced(id, person_id, form_id, form_version, layout, language, answers, signed_by,
    signed_at, hlc, device, device_seq, health, sync_hlc)
    SELECT v.id, v.person_id, v.form_id, v.form_version, v.layout, v.language, v.answers, v.signed_by, v.signed_at,
        printf('%013d-%06d-%s',
               (SELECT max(m.millis) FROM form_versions o JOIN legacy_form_millis m ON m.id = o.id
                WHERE o.person_id = v.person_id AND o.form_id = v.form_id AND o.number <= v.number),
               v.number, d.id),
        d.id,
        (SELECT count(*) FROM form_versions o WHERE o.rowid <= v.rowid),
        CASE WHEN v.form_id IN ('action-plan', 'cv', 'referral') THEN 0 ELSE 1 END,
        ''
    FROM form_versions v, (SELECT id FROM device_identity LIMIT 1) d ORDER BY v.rowid;
UPDATE form_versions_synced SET sync_hlc = hlc;
DROP TABLE legacy_form_millis;
INSERT OR REPLACE INTO meta(key, value) SELECT 'form_version_counter', CAST(count(*) AS TEXT) FROM form_versions;
DROP TABLE form_versions;
ALTER TABLE form_versions_synced RENAME TO form_versions;
CREATE INDEX form_versions_by_person ON form_versions(person_id, form_id);
CREATE INDEX form_versions_by_sync ON form_versions(sync_hlc);
CREATE TRIGGER form_versions_are_final BEFORE UPDATE ON form_versions
BEGIN
    SELECT RAISE(ABORT, 'a finished form cannot change');
END;
CREATE TRIGGER form_versions_not_deleted BEFORE DELETE ON form_versions
    WHEN NOT EXISTS (SELECT 1 FROM person_erasures WHERE person_id = OLD.person_id)
    BEGIN SELECT RAISE(ABORT, 'a finished form cannot change'); END;
ALTER TABLE form_drafts ADD COLUMN hlc TEXT NOT NULL DEFAULT '';
ALTER TABLE form_drafts ADD COLUMN device TEXT NOT NULL DEFAULT '';
ALTER TABLE form_drafts ADD COLUMN sync_hlc TEXT NOT NULL DEFAULT '';
UPDATE form_drafts SET device = (SELECT id FROM device_identity LIMIT 1);
UPDATE form_drafts SET hlc = printf('%013d-%06d-%s',
    CAST(strftime('%s', substr(updated_at, 1, 19)) AS INTEGER) * 1000
        + CASE WHEN substr(updated_at, 20, 1) = '.' THEN CAST(substr(updated_at, 21, 3) AS INTEGER) ELSE 0 END,
    0, device);
UPDATE form_drafts SET sync_hlc = hlc;
ALTER TABLE sync_peers ADD COLUMN own INTEGER NOT NULL DEFAULT 0;
)sql";

    // Version 21: what each suggestion put in front of the coach said about a person, as it was shown, and what
    // was decided (issue 17 §4): the right-of-access export lists it, and the coach can record that the person
    // disagreed. The audit log keeps only ids and counts, so the words shown (a vacancy's title and the lines
    // explaining its score, a note's sentence, a prefilled value) live here, in the encrypted vault, with the
    // person's other records, and erasing the person removes them (RecordStore::eraseRows). `shown` is JSON
    // that SuggestionHistory writes and reads (no JSON1 in SQLite 3.15, and nothing queries inside it).
    const char *const Migration21 = R"sql(
CREATE TABLE suggestion_history(
    id TEXT PRIMARY KEY,
    person_id TEXT NOT NULL,
    tool TEXT NOT NULL,
    kind TEXT NOT NULL,
    subject TEXT NOT NULL,
    shown_at TEXT NOT NULL,
    shown_by TEXT NOT NULL,
    shown TEXT NOT NULL,
    decision TEXT NOT NULL DEFAULT '',
    decided_value TEXT NOT NULL DEFAULT '',
    decided_by TEXT NOT NULL DEFAULT '',
    decided_at TEXT NOT NULL DEFAULT '');
CREATE INDEX suggestion_history_by_person ON suggestion_history(person_id, tool, subject);
CREATE TABLE suggestion_disagreements(
    id TEXT PRIMARY KEY,
    suggestion_id TEXT NOT NULL,
    person_id TEXT NOT NULL,
    about TEXT NOT NULL,
    reason TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL);
CREATE INDEX suggestion_disagreements_by_person ON suggestion_disagreements(person_id, suggestion_id);
)sql";

    // Version 22: local partners, outreach sessions and the people seen at them (issue 15, docs/outreach.md). A
    // partner is the admin's (from a `partners` bundle, keyed by the publisher's key, replaced whole on each
    // import) or the coach's own (origin 'own'). Lists are newline-separated keys. Services a bundle adds to the
    // built-in list keep their English and Welsh names. People seen are linked only when on the caseload, and
    // erasing a person removes the link while the session's counts stay.
    const char *const Migration22 = R"sql(
CREATE TABLE partners(
    id TEXT PRIMARY KEY,
    origin TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    services TEXT NOT NULL,
    languages TEXT NOT NULL,
    address TEXT NOT NULL,
    postcode TEXT NOT NULL,
    opening TEXT NOT NULL,
    phone TEXT NOT NULL,
    email TEXT NOT NULL,
    website TEXT NOT NULL,
    how_to_refer TEXT NOT NULL,
    consent_needed INTEGER NOT NULL,
    updated_at TEXT NOT NULL);
CREATE TABLE partner_services(
    key TEXT PRIMARY KEY,
    origin TEXT NOT NULL,
    label_en TEXT NOT NULL,
    label_cy TEXT NOT NULL);
CREATE TABLE outreach_sessions(
    id TEXT PRIMARY KEY,
    held_on TEXT NOT NULL,
    venue TEXT NOT NULL,
    partner_id TEXT NOT NULL,
    hours REAL NOT NULL,
    seen_new INTEGER NOT NULL,
    seen_returning INTEGER NOT NULL,
    topics TEXT NOT NULL,
    created_at TEXT NOT NULL);
CREATE TABLE outreach_session_people(
    session_id TEXT NOT NULL,
    person_id TEXT NOT NULL,
    PRIMARY KEY(session_id, person_id)) WITHOUT ROWID;
)sql";

    // Version 23: employers (issue 15 §3, docs/employers.md). An employer is one a vacancy publisher named (origin
    // is the signer's key id, name_key the folded name, so two publishers naming the same employer stay apart) or
    // one the coach added (origin 'own'). The row is written when the coach first records something about an
    // employer seen in vacancies, never by the vacancy import, which stays as fast as it was. Contacts are people's
    // details: they live here in the vault and never reach the audit. Engagements are what the coach did with the
    // employer. The people put forward are person records (kind put_forward), so they sync and go with erasure.
    const char *const Migration23 = R"sql(
CREATE TABLE employers(
    id TEXT PRIMARY KEY,
    origin TEXT NOT NULL,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    address TEXT NOT NULL,
    postcode TEXT NOT NULL,
    website TEXT NOT NULL,
    notes TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE(origin, name_key));
CREATE TABLE employer_contacts(
    id TEXT PRIMARY KEY,
    employer_id TEXT NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    phone TEXT NOT NULL,
    email TEXT NOT NULL,
    updated_at TEXT NOT NULL);
CREATE INDEX employer_contacts_by_employer ON employer_contacts(employer_id);
CREATE TABLE employer_engagements(
    id TEXT PRIMARY KEY,
    employer_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    happened_on TEXT NOT NULL,
    note TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    created_at TEXT NOT NULL);
CREATE INDEX employer_engagements_by_employer ON employer_engagements(employer_id, happened_on);
)sql";

    const char *const Migrations[] = {
        Migration1,  Migration2,  Migration3,  Migration4,  Migration5,  Migration6,  Migration7,  Migration8,
        Migration9,  Migration10, Migration11, Migration12, Migration13, Migration14, Migration15, Migration16,
        Migration17, Migration18, Migration19, Migration20, Migration21, Migration22, Migration23,
    };
    static_assert(std::size(Migrations) == Schema::CurrentVersion);
} // namespace

Result<int> Schema::versionOf(Database &db)
{
    auto version = db.scalarInteger("PRAGMA user_version");
    if (!version)
        return version.error();
    return static_cast<int>(version.value());
}

Status Schema::migrate(Database &db, int target)
{
    auto current = versionOf(db);
    if (!current)
        return current.error();
    if (current.value() > CurrentVersion) {
        return Error{ErrorCode::NewerVersion,
                     tr("This vault was made by a newer version of Waymark. Update Waymark, then try again.")};
    }
    if (current.value() >= target)
        return {};

    Transaction transaction(db);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    for (int version = current.value() + 1; version <= target; ++version) {
        if (auto status = db.exec(Migrations[version - 1]); !status)
            return status;
        qCInfo(lcVault) << "schema migrated to version" << version;
    }
    const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(target);
    if (auto status = db.exec(setVersion.constData()); !status)
        return status;
    return transaction.commit();
}
