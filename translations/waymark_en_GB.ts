<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AddSyncDeviceDialog</name>
    <message>
        <source>Add a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint of this device&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint you were given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name for this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who uses this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fingerprint you were given:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Used by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the fingerprint the device&apos;s admin gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the device a name, such as the practice or the colleague who uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device %1. Type below the fingerprint the device&apos;s admin gave you by phone or in person, not by the same route as the file; Waymark checks it against the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is another device of &amp;mine: send it my form drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is another device of mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form drafts go only to your own devices, never to a colleague or a practice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddTrustedKeyDialog</name>
    <message>
        <source>Trust a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint of this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name for this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint from the publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust it to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fingerprint you were given:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1. Type the fingerprint the publisher or colleague gave you by phone, in person or in a letter, not by the same route as the file. This key&apos;s own fingerprint is shown only once yours matches it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the fingerprint of the key in the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the fingerprint of the key in the file. Do not trust it; check with the sender by another route.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdvertHighlights</name>
    <message>
        <source>%1 (%2% sure)</source>
        <extracomment>A skill recognised in an advert and how sure the reading was, e.g. &quot;infection control (92% sure)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This advert has not been read with the skills taxonomy in use yet, so no skills are highlighted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No skills were recognised in this advert&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised skills: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdvertTextView</name>
    <message>
        <source>&amp;Advert text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advert text, with the skills recognised in it highlighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vacancy came without an advert text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AggregateReport</name>
    <message>
        <source>Small numbers are hidden so that no one can be picked out. A count from 1 to 4 is shown as “fewer than 5” (or as “withheld”, where even that would give it away); 0 is shown, as it identifies no one. Where a total would let a hidden count be worked out by subtraction, another count in the same row or column is also hidden and shown as “withheld”, repeating until no hidden count can be worked out from the counts and totals shown. Totals under 5 are hidden too. Merged reports add the devices&apos; exact counts first and hide small numbers after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregate report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AggregateTable</name>
    <message>
        <source>fewer than 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a table has no proper key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table %1 has labels that do not match its rows or columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table %1 has rows of different lengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table %1 holds a negative count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditAnchors</name>
    <message>
        <source>This is not an audit anchors file from Waymark: line %1 is not in the expected form. Export it again with &quot;waymark-cli audit anchors&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This audit anchors file is too large to be one Waymark wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is not the entry another device received on %2: this audit log has been cut or rewritten since then, from entry %1 or before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit log has been cut: another device received entry %1 on %2, but the log now ends at entry %3, so at least %n entries are missing.</source>
        <translation>
            <numerusform>The audit log has been cut: another device received entry %1 on %2, but the log now ends at entry %3, so at least %n entry is missing.</numerusform>
            <numerusform>The audit log has been cut: another device received entry %1 on %2, but the log now ends at entry %3, so at least %n entries are missing.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry %1, which another device received on %2, has been removed from the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>The key that protects this vault&apos;s audit log cannot be read: the vault is damaged or has been tampered with. Contact support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditCommands</name>
    <message numerus="yes">
        <source>%n entries checked.</source>
        <translation>
            <numerusform>%n entry checked.</numerusform>
            <numerusform>%n entries checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken at entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is broken at entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n heads kept by another device checked.</source>
        <translation>
            <numerusform>%n head kept by another device checked.</numerusform>
            <numerusform>%n heads kept by another device checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no audit heads of this device: export the anchors on a device this one has sent caseload bundles or receipts to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n audit heads written to %1.</source>
        <translation>
            <numerusform>%n audit head written to %1.</numerusform>
            <numerusform>%n audit heads written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Entry %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 does not follow on from the entry before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries after %1 have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit log was cut while the vault was closed: %n entries after entry %1 were removed. Waymark found this when the vault was opened at %2.</source>
        <translation>
            <numerusform>The audit log was cut while the vault was closed: %n entry after entry %1 was removed. Waymark found this when the vault was opened at %2.</numerusform>
            <numerusform>The audit log was cut while the vault was closed: %n entries after entry %1 were removed. Waymark found this when the vault was opened at %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log was changed while the vault was closed: it no longer ends with the entry it ended with before, so entries after entry %1 were removed or rewritten. Waymark found this when the vault was opened at %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>Choose between 0 and %1 days; 0 turns the backup reminder off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupReminderBanner</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This vault was last backed up %n day(s) ago.</source>
        <translation>
            <numerusform>This vault was last backed up %n day ago.</numerusform>
            <numerusform>This vault was last backed up %n days ago.</numerusform>
        </translation>
    </message>
    <message>
        <source>This vault has not been backed up yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleCommands</name>
    <message>
        <source>%1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sequence must be a whole number above 0, higher than the last one published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expires must be a date written as yyyy-mm-dd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n vacancies signed into %1.</source>
        <translation>
            <numerusform>%n vacancy signed into %1.</numerusform>
            <numerusform>%n vacancies signed into %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid rows skipped.</source>
        <translation>
            <numerusform>%n invalid row skipped.</numerusform>
            <numerusform>%n invalid rows skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: latitude and longitude must be numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n outcodes signed into %1.</source>
        <translation>
            <numerusform>%n outcode signed into %1.</numerusform>
            <numerusform>%n outcodes signed into %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the bundle file: bundle import FILE --vault PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the bundle file: bundle detach FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 and %1.minisig. Check them with: minisign -V -m %1 -p PUBLIC_KEY.pub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the receipt %1 back to the sender, so their device knows these changes arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which taxonomy to sign: --esco DIR or --builtin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxonomy (%L1 concepts, %L2 occupations) signed into %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a course needs an id, a title and at least one skill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n courses signed into %1.</source>
        <translation>
            <numerusform>%n course signed into %1.</numerusform>
            <numerusform>%n courses signed into %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Items set aside written to %1. The file is outside the encrypted vault: send it to the sender and then delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been set aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the definitions to sign: --form FILE (repeatable) or --dir DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A forms bundle holds at most %1 definitions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are both version %3 of the form %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n form definitions signed into %1.</source>
        <translation>
            <numerusform>%n form definition signed into %1.</numerusform>
            <numerusform>%n form definitions signed into %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>--format for build-vacancies must be csv or jobposting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This secret key file is protected with a much cheaper passphrase cost than Waymark uses now, so a stolen copy could be opened by guessing. Make a new key with &apos;waymark-cli key generate&apos; and move trust to it with &apos;waymark-cli key rotate&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--withdraw is for a bundle of changes: a snapshot withdraws what it leaves out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n vacancies withdrawn by it.</source>
        <translation>
            <numerusform>%n vacancy withdrawn by it.</numerusform>
            <numerusform>%n vacancies withdrawn by it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleFile</name>
    <message>
        <source>This file has been changed since it was created, so it can&apos;t be trusted. Don&apos;t use it; ask the sender to export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is incomplete or damaged, for example an interrupted copy. Copy it again from the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vacancy list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caseload transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skills taxonomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>course list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postcode locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key change statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publisher name is too long (64 bytes at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle could not be compressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s key is not a valid device key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is larger than Waymark allows. Contact your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This isn&apos;t a Waymark bundle. Check you picked the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was made by a newer version of Waymark. Update Waymark, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle holds a kind of data this version of Waymark does not know. Update Waymark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file wasn&apos;t made by a device or publisher this vault trusts for %1 (key %2). Ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file expired on %1. Ask the sender for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file&apos;s date is in the future. Check this computer&apos;s date and time settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s contents couldn&apos;t be read. Nothing was changed; ask the sender to export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was made for a different device and can&apos;t be opened here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file wasn&apos;t made by a device or publisher this vault trusts for %1. It names the key %2 with the fingerprint %3. If the publisher gave you that fingerprint, an administrator can trust the key; otherwise do not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aggregate report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleImporter</name>
    <message>
        <source>Imported a %1 from %2 (number %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is larger than Waymark allows. Contact your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You&apos;ve already imported this file on %1. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file (number %1) is not newer than the last one imported from %2 (number %3). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a %1, not a %2. Use the matching import option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault cannot import a %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts to resolve: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file&apos;s number (%1) is larger than Waymark accepts. Nothing was changed. Ask the publisher to check how they number their files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 is not encrypted for this device, and Waymark accepts it only encrypted. Nothing was changed. Ask the sender to export it again for this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You had already imported this %1 from %2 on %3. Nothing was changed; only its receipt is written again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NI number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadBundle</name>
    <message>
        <source>unknown kind of record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record without an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a field of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a change without a valid time stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record does not match the one held here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People erased here, as on the device that sent this: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records skipped, about people erased on a device: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an erasure without a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a change stamped more than a day ahead of this device&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a note already held here cannot be changed or removed by another device; both versions are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a consent record already held here cannot be changed or removed by another device; both versions are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s record of its sender&apos;s audit log is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was not imported, because a form in it cannot be taken here: %1. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this vault cannot check forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished form %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no id, person or form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the bundle twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no valid signer, signing time or device counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form drafts left out, because the device that sent them is not marked as one of yours: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms skipped, about people erased on a device: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a finished form already held here cannot be changed by another device; both versions are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a finished form claims the device and counter of another one held here; both are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the draft does not match the one held here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadPanel</name>
    <message>
        <source>Search by name, NI number or postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within 14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nobody in this caseload yet. Add a %1 to get started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment &amp;due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n</source>
        <translation>
            <numerusform>Showing %1 of %n</numerusform>
            <numerusform>Showing %1 of %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadSync</name>
    <message>
        <source>This vault does not know a device %1. Add it under Sync, Devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the people to hand over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That conflict has already been resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure of a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure of everything about them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device of your own has the same setting as this vault (%1). Choose that setting, or do not mark the device as yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That draft has been finished or discarded, so the other answer cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a stronger new passphrase: a few unrelated words work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passphrases are different. Type the same passphrase twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which vault to use with --vault PATH or WAYMARK_VAULT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Waymark vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This command needs --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: this vault&apos;s passphrase is protected by a cheaper key derivation than Waymark now uses, so a stolen copy is easier to break. Run waymark-cli vault passphrase (or vault rekey, which keeps the passphrase) to strengthen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no space left on the disk, so changes can&apos;t be saved. Reading works; free some space to save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase is too weak: it is rated “%1”. %2 Nothing was created or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set needs field=value, for example --set postcode=&quot;CF10 1EP&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConceptField</name>
    <message>
        <source>Not in the taxonomy in use (a skill chosen from another one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (found by its name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the taxonomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked up by its name when matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the taxonomy: matched by its words only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a skill in the taxonomy and how it was found</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (chosen before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The taxonomy is not open, so this skill has not been looked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching uses the taxonomy skill chosen: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the skill first; it is looked up in the taxonomy as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in the taxonomy as “%1” (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in the taxonomy, so matching compares its words only. If one of the skills in the list means the same, choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in the taxonomy and nothing close was found, so matching compares its words only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>&amp;Keep this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use the other value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made on two devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other value from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the value kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the other value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These fields were changed on this device and on another before they synced. The newer change was kept; check each one and keep it or use the other value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no conflicts to settle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to settle.</source>
        <translation>
            <numerusform>%n conflict to settle.</numerusform>
            <numerusform>%n conflicts to settle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Form draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Add a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone to speak to at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoursesBundle</name>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a course needs an id and a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the course id %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the course teaches no skills</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>Vault name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is this vault for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;work coach: the people are claimants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;GP practice: the people are patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An a&amp;dmin who manages bundles and keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is encrypted with your passphrase. Nobody, including support, can open it without the passphrase, so choose one you will remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to keep the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the vault, without / \ : * ? &quot; &lt; &gt; or |.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a stronger passphrase: a few unrelated words work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are different. Type the same passphrase twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: field %2 is larger than %3 MiB, the most this reader accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the record has more than %2 fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed: the file ends before its closing quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: field %2 has characters after its closing quote. A quote inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: field %2 has a quote but does not start with one. Put the whole field in quotes and double the quotes inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: field %2 is not valid UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: this record has %2 fields but the header has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the file has more than %2 records, the most this reader accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the record is larger than %2 MiB, the most this reader accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: it should start with a header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: it should start with a header row naming the columns %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the header names the column “%2” more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the header lacks the required column “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the header lacks the required columns %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamageScan</name>
    <message>
        <source>The vault is damaged: its %1 table can&apos;t be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is damaged: the index %1 of its %2 table can&apos;t be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>This vault&apos;s database is not encrypted. Waymark will not open it; contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caseload database could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption library refused the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption settings could not be applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark was built without its encryption library, so it will not open a vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no space left on the disk. Nothing was saved; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is busy in another window or program. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your caseload data is damaged. Don&apos;t delete anything; contact support, who can restore your most recent backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be read or written. Check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That change is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected database error happened (code %1). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caseload database in this vault is empty: its data has been lost or damaged. Don&apos;t delete anything; contact support, who can restore your most recent backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caseload database is missing from this vault. Don&apos;t create a new vault in its place; contact support, who can restore your most recent backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was stopped before it finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is damaged: its %1 table can&apos;t be read. Don&apos;t delete anything; contact support, who can restore your most recent backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayDigest</name>
    <message>
        <source>Give the day to show as a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact: a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact: an attended appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No note or attended appointment since they were added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form not finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from another device to decide</source>
        <translation>
            <numerusform>%n change from another device to decide</numerusform>
            <numerusform>%n changes from another device to decide</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) from imported bundles held in quarantine</source>
        <translation>
            <numerusform>%n item from imported bundles held in quarantine</numerusform>
            <numerusform>%n items from imported bundles held in quarantine</numerusform>
        </translation>
    </message>
    <message>
        <source>Appointments today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments in the next six days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue action-plan items</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not contacted in %n week(s) or more</source>
        <translation>
            <numerusform>Not contacted in %n week or more</numerusform>
            <numerusform>Not contacted in %n weeks or more</numerusform>
        </translation>
    </message>
    <message>
        <source>Forms not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New vacancies that fit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCaseload</name>
    <message>
        <source>The number of people cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of vacancies cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark demo data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Say which vault to fill with --vault PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--people must be a whole number from 0 to 1000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n synthetic people in %1 s.</source>
        <translation>
            <numerusform>Added %n synthetic person in %1 s.</numerusform>
            <numerusform>Added %n synthetic people in %1 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>--vacancies must be a whole number from 0 to 1000000.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DistanceText</name>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under 1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>PDF output needs the graphical platform, which has not been started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be saved as %1: the folder cannot be written to (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be saved as %1: the disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be saved as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmployerCommands</name>
    <message>
        <source>No employers match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1  %2 (your own), %n open vacancies</source>
        <translation>
            <numerusform>%1  %2 (your own), %n open vacancy</numerusform>
            <numerusform>%1  %2 (your own), %n open vacancies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1  %2, %n open vacancies</source>
        <translation>
            <numerusform>%1  %2, %n open vacancy</numerusform>
            <numerusform>%1  %2, %n open vacancies</numerusform>
        </translation>
    </message>
    <message>
        <source>Employer added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (your own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    Where: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    Website: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    Open vacancies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    People put forward: %1, interviews: %2, started: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    Last engagement: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    No engagements recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    Contact: %1, %2 %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    %1  %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date must be a real date written as YYYY-MM-DD, for example 2026-12-07.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put forward: %1 (employer %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmployerDirectory</name>
    <message>
        <source>Called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work trial agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacancy sourced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the employer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An employer&apos;s name must be %1 characters or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This must be %1 characters or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the contact&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a phone number or an email address for the contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no employer with that id in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an employer of your own with this name in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contact with that id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what happened: called, visited, job fair, work trial agreed or vacancy sourced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day it happened: today or a day before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the note to %1 characters or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vacancy with that id in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmployerEditDialog</name>
    <message>
        <source>Add an employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This employer&apos;s name comes from its vacancies, so it stays as advertised.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmployerTables</name>
    <message>
        <source>People put forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagements with employers by kind and month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People put forward to employers, interviews and starts by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmployersDialog</name>
    <message>
        <source>Only those with open &amp;vacancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log an engagement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a c&amp;ontact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, address or postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open vacancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer summary, contacts and engagements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log an engagement with the selected employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a contact at the selected employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected employer&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add an employer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No employers match. Employers come from the vacancies you import, or add your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n employers</source>
        <translation>
            <numerusform>%n employer</numerusform>
            <numerusform>%n employers</numerusform>
        </translation>
    </message>
    <message>
        <source>Your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From vacancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open vacancies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People put forward: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started work: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last engagement: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No engagements logged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngagementDialog</name>
    <message>
        <source>Log an engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened with %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: what came of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntitySchema</name>
    <message>
        <source>Phased return to work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Altered hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amended duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workplace adaptations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National Insurance number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work-search group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No work-related requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work-focused interview only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All work-related requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours available a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Furthest travel (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bicycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car or van</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full (car)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full, with large vehicle categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caring responsibilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duties and achievements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifications and licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence or card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background check (e.g. DBS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awarded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From work history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested and accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions affecting work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the person&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect on what they can do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person agreed to use this in matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition affecting work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not fit for work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be fit for work with advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functional effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will assess again at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours wanted a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest pay (£ a year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voluntary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required (recorded from the commitment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barrier it tackles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English or Welsh language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping these records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing with their GP practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing with their work coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing health and work information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral to a partner service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using chosen adjustments in job matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a field of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 must be %n characters or fewer.</source>
        <translation>
            <numerusform>%1 must be %n character or fewer.</numerusform>
            <numerusform>%1 must be %n characters or fewer.</numerusform>
        </translation>
    </message>
    <message>
        <source>A date of birth must be in the past and after 1900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the options for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose only from the options for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be before %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract types wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apprenticeship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the taxonomy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to refer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given and recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed by this partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred, waiting to hear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered a place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be changed once the record is made. If it is wrong, remove the record and make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined the caseload on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they are doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On an apprenticeship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in work, education or training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doing this since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing their details with an employer for a job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An apprenticeship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A training place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referral to a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shortlisted vacancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put forward to employers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put forward to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacancy reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put forward on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to share their details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put forward, waiting to hear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited to interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewed on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscoImport</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing from the folder: an ESCO release needs skills_en.csv, occupations_en.csv and occupationSkillRelations.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a skill group needs a URI and a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a skill needs a URI and a preferred label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %L1 skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an occupation needs a URI and a preferred label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %L1 occupations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a relation type (essential or optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ESCO files hold no skills or no occupations.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtractCommand</name>
    <message>
        <source>%1: %2%3 — “%4”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to suggest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FairnessCheck</name>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nigerian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pakistani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gender-neutral words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 in the note&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given and family names from a set of %1 names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sex and gender words in notes changed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a note says: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of birth changed so the person is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an adjustment the person agreed to share for matching (altered hours) added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preferred language changed to English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preferred language changed to Welsh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list grew from %1 to %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list shrank from %1 to %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place %1 held %2 and now holds %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fairness check was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared adjustments: the person agreed to share this adjustment for matching, and the coach can switch its effect off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vacancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggested %1 that the note did not give before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the changed text itself states this skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer suggested %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the form field %1 (%2) is filled differently</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FairnessReport</name>
    <message>
        <source>Given and family names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex and gender words in notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age and date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability or health condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pregnancy or maternity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Religion or ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching (the person&apos;s top vacancies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching (a vacancy&apos;s top people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form prefill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fairness check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People checked: %1 of %2. Vacancies checked from the vacancy side: %3 of %4. Rankings compared: top %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared adjustments were used in matching, as the coach&apos;s switch was on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared adjustments were not used in matching: the coach&apos;s switch was off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault was checked before and after: nothing in it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault changed while the check ran: run it again when nobody is editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching: no differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Matching: %n difference(s). Matching must not depend on these attributes.</source>
        <translation>
            <numerusform>Matching: %n difference. Matching must not depend on these attributes.</numerusform>
            <numerusform>Matching: %n differences. Matching must not depend on these attributes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All tools: %n difference(s),</source>
        <translation>
            <numerusform>All tools: %n difference,</numerusform>
            <numerusform>All tools: %n differences,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n explained exception(s).</source>
        <translation>
            <numerusform>%n explained exception.</numerusform>
            <numerusform>%n explained exceptions.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 people, %2 variants, %3 differences, %4 explained exceptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vacancy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explained exceptions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FairnessReportDialog</name>
    <message>
        <source>Fairness check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fairness check report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole report as plain text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedReport</name>
    <message>
        <source>%1 of %2 (%3%)</source>
        <extracomment>%1 of %2 vacancies, %3 the percentage</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open vacancies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read for the taxonomy in use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given an occupation from their title: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median skills per vacancy: %1 stated in the advert, %2 implied by the occupation, %3 listed by the feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every title read mapped to an occupation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Titles that mapped to no occupation (%n different):</source>
        <translation>
            <numerusform>Titles that mapped to no occupation (%n different):</numerusform>
            <numerusform>Titles that mapped to no occupation (%n different):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %1 (%n vacancies)</source>
        <translation>
            <numerusform>  %1 (%n vacancy)</numerusform>
            <numerusform>  %1 (%n vacancies)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormCatalogue</name>
    <message>
        <source>built in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormCommands</name>
    <message>
        <source>Name the form definition to check: form check FILE.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 version %2 is a valid form definition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (version %2): %3 — %n fields — %4</source>
        <translation>
            <numerusform>%1 (version %2): %3 — %n field — %4</numerusform>
            <numerusform>%1 (version %2): %3 — %n fields — %4</numerusform>
        </translation>
    </message>
    <message>
        <source>The form definition file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 #%2: signed off by %3 at %4; from %5 (%6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 #%2: signed off by %3 at %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finished forms for this person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDefinition</name>
    <message>
        <source>&quot;format&quot; must be &quot;waymark-form/1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;id&quot; must be lower-case letters, digits and hyphens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an audience (work-coach, gp-practice, admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a layout needs an id and a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a form needs at least one section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section &quot;%1&quot;: an id must be unique, in lower case with _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section &quot;%1&quot; has no fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs both English (en) and Welsh (cy) text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a condition names &quot;%1&quot;, which is not a field defined before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a condition needs equals, contains, in or notEmpty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: an id must be unique, in lower case with _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: &quot;%2&quot; is not a field type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: a choice needs a value and a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: a choice field needs at least two choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: prefill path &quot;%2&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: &quot;%2&quot; is not a rule kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: rule %2 needs a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: the pattern is not a valid regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: rule %2 needs &quot;today&quot; or an earlier date field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than a form definition may be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line 1: a form definition is a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: &quot;summary&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;health&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDocument</name>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft — not signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished version %1, signed off by %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your summary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been written down yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your coach will go over this with you at your next appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If something here is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If something here is wrong, tell your coach and they will put it right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this page so you can look back at what you agreed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormEditor</name>
    <message>
        <source>QQ 12 34 56 C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example, LS1 4AP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example, 07700 900982</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One item a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick all that apply. Use the arrow keys to move and Space to tick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the full name of the person agreeing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish and sign off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections of the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a section to fill it in. Each shows whether it is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in from the case: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the case too when the form is finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without this, changing the answer changes only the form, not the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 required answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before the form can be finished.</source>
        <translation>
            <numerusform>%n problem to fix before the form can be finished.</numerusform>
            <numerusform>%n problems to fix before the form can be finished.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish “%1” and sign it off as %2? The finished version cannot be changed afterwards; later changes make a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case was not updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The form is still a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form was not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the date as day/month/year, for example 27/3/2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish and sign off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormExport</name>
    <message>
        <source>The PDF leaves the vault&apos;s encrypted store: anyone who can open the file can read it. Keep it only as long as it is needed, then delete it. If you save it, the audit log records that it was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormFillCommand</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a form&apos;s answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a JSON object of field id to answer text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has answers the form cannot take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the form %1 has no such field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer must be text in quotes (&quot;yes&quot;, &quot;2026-03-03&quot;, &quot;12&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--language must be en or cy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no form called &quot;%1&quot;. See form list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person with the id %1 in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers do not pass the form&apos;s checks; no PDF was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished and signed off as %1: version %2, kept in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormLibrary</name>
    <message>
        <source>The built-in form %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormPrefill</name>
    <message>
        <source>Who is signed in to the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer has no single place in the case to update.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormStore</name>
    <message>
        <source>That draft is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft was started on another version of the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who is signing the form off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) need attention before the form can be finished.</source>
        <translation>
            <numerusform>%n answer needs attention before the form can be finished.</numerusform>
            <numerusform>%n answers need attention before the form can be finished.</numerusform>
        </translation>
    </message>
    <message>
        <source>That finished form is not in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormSyncRules</name>
    <message>
        <source>the forms of this vault could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this vault does not have version %1 of the form %2; import the forms bundle that has it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this vault has no form %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language is neither English nor Welsh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the form has no layout %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a field of the form %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer to %1 is longer than the form allows (%2 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer to %1 does not pass the form&apos;s checks (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormValidator</name>
    <message>
        <source>Use %1 characters or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number, like 16 or 37.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter %1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter %1 or less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose from the options given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name of the person agreeing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your full name to agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormsBundle</name>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: version %2 is not newer than version %3, which this vault already has; skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormsPage</name>
    <message>
        <source>&amp;Start the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms are filled in from what the case already holds; every prefilled answer shows where it came from. A finished form is signed off and kept as it was; later changes make a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welsh (Cymraeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form was not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft did not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of this form is no longer on this device, so its draft cannot be opened. Import the forms bundle that holds it, or discard the draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the draft of “%1”? Its answers will be lost; finished versions stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft was not discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the take-away s&amp;ummary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is written outside the vault&apos;s encrypted store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short plain-language page for the person to take away. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save outside the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1” as %2. It is outside the vault: delete it when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disc&amp;ard the draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the su&amp;mmary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fo&amp;rm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeodataBundle</name>
    <message>
        <source>%1 is not a postcode outward code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is placed outside the UK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportBundleDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking and importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust this key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens Add a trusted key for the key this file names. Trust it only if its fingerprint matches the one the publisher gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is trusted now. Import the file again to bring in what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobPostingReader</name>
    <message>
        <source>%1 must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identifier must be text or a PropertyValue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobLocation must be a Place or a list of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employmentType must be text or a list of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an employment type: use FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN, VOLUNTEER, PER_DIEM or OTHER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseSalary must be a MonetaryAmount object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The salary is in “%1”; only pounds (GBP) are read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseSalary has no value, minValue or maxValue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a salary unit: use HOUR, DAY, WEEK, MONTH or YEAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date or date-time such as 2026-03-27 or 2026-03-27T17:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed is larger than %1 MB; give it as JSON Lines, one posting a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed is not valid JSON: %1 on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The feed holds more than %n posting(s).</source>
        <translation>
            <numerusform>The feed holds more than %n posting.</numerusform>
            <numerusform>The feed holds more than %n postings.</numerusform>
        </translation>
    </message>
    <message>
        <source>The feed is larger than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is longer than %1 KB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A string on line %1 is longer than %2 KB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects and arrays nest more than %1 deep on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is a “%1”, not a JobPosting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validThrough (%1) is before datePosted (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id “%1” is already used on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id “%1” is already used by record %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the feed break a rule. The first: %1</source>
        <translation>
            <numerusform>%n line of the feed breaks a rule: %1</numerusform>
            <numerusform>%n lines of the feed break a rule. The first: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of the feed break a rule. The first: %1</source>
        <translation>
            <numerusform>%n record of the feed breaks a rule: %1</numerusform>
            <numerusform>%n records of the feed break a rule. The first: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobTitleNormaliser</name>
    <message>
        <source>No occupation&apos;s label matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” matched the label “%2” of %3 (%4, confidence %5%).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KdfChoice</name>
    <message>
        <source>--kdf must be moderate or interactive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyCommands</name>
    <message>
        <source>%1.key already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 written to %2.key (secret) and %2.pub (public).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which format: key export --minisign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key %1 written. Fingerprint: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the public key file: key fingerprint FILE.pub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1, fingerprint %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of bundle &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key&apos;s passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key change statement written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old key %1, fingerprint %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New key %1, fingerprint %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyRotation</name>
    <message>
        <source>The old and the new key are the same key; make a new key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason must be one line of at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time the statement is issued is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is larger than %1 KiB, so it is not a key change statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a key change statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key change statement was made by a newer version of Waymark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key change statement is incomplete or has extra lines; ask the publisher for it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the key change statement should start with &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old key in the key change statement is not a valid public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key in the key change statement is not a valid public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key change statement names the same key as old and new, so it changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key change statement names a kind of bundle this version does not know: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kinds in the key change statement must be listed once each, in alphabetical order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue time in the key change statement is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason in the key change statement is not one line of at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old key&apos;s signature on the key change statement is not in minisign&apos;s format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key change statement is not signed by the old key, or it was changed after signing. Do not use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key&apos;s signature on the key change statement is not in minisign&apos;s format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key change statement is not signed by the new key, so nothing shows the publisher holds it. Do not use it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeySlot</name>
    <message>
        <source>This is not a Waymark vault, or its key file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s key file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Waymark. Update Waymark, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s key file could not be written. Check there is space on the disk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeafletDialog</name>
    <message>
        <source>Leaflet for the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the leaflet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the leaflet as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Waymark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export everything held on this person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trusted keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Waymark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vault open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unlocked: locks after %n minute(s) idle</source>
        <translation>
            <numerusform>Unlocked: locks after %n minute idle</numerusform>
            <numerusform>Unlocked: locks after %n minutes idle</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a vault (a folder ending in .waymark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder is not a Waymark vault. Choose a folder whose name ends in .waymark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault now opens with the new passphrase only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is in good order and its audit log is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check found problems:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark bundles (*.wmbundle);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Waymark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark %1
An offline, encrypted caseload for people who help others into work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export for a device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a receipt for the sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt could not be saved. Check there is space and that you may write to that folder, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt is saved. Send it back to the device that sent the caseload, so it knows the changes arrived and stops sending them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find people for a &amp;vacancy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an open vacancy and see who on the caseload fits it best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills &amp;taxonomy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See which skills taxonomy matching uses, import ESCO or go back to the built-in one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quarantine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See items from imported bundles that failed the checks, and export them for the sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later, with no warranty.

Skills and occupations data:
%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault&apos;s passphrase is protected by a cheaper key derivation than Waymark now uses. Choose Vault ▸ Change passphrase… to strengthen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: you can read this vault, but changes can&apos;t be saved until you free some space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the whole vault into one encrypted file, to keep on another disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export everything held on this %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log was cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell whoever is responsible for information governance. Vault ▸ Check the vault will report this every time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked: automatic lock paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark backups (*.wmbackup);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is saved in %1. Keep it somewhere other than this computer. It opens with the vault&apos;s passphrase as it is today; after changing the passphrase, make a new backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup made on %1 is restored as a new vault in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault check found no problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault check found problems:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When Waymark locked, these changes could not be saved because they did not pass the checks, so they were not kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter them again and save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vacancies report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See how many imported vacancies got an occupation and skills, and which titles mapped to nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacancies report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See your day: appointments, overdue actions, people to contact, forms and decisions waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;uggestions report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See how many suggestions were shown, accepted, changed and rejected, and how quickly (totals only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the &amp;suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find local partners to refer people to, and add your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a session held away from the office: where, how long, who was seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leaflet for the person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print, in English or Welsh, what Waymark does, that a person decides, and how to ask for a decision to be looked at again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outreach session recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an outreach sess&amp;ion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local &amp;partners…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Youth guarantee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the young people in the guarantee&apos;s age band, overdue offers first, and record offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Employers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See employers from your vacancies and your own, log a call or visit, and what came of putting people forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregate &amp;reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count outreach sessions, people seen and referrals, with small numbers hidden, as tables and charts; print, save or merge them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put forward for a job</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchCommand</name>
    <message>
        <source>--top must be a whole number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to match with one of --person ID, --vacancy ID or --profiles FILE.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open vacancies in this vault yet: import a vacancy bundle first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open vacancy fits this person&apos;s limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 — %3, %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   has: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no listed skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no open vacancy with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody on this caseload fits this vacancy&apos;s limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open vacancies in this vault yet: the results file has no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open vacancy has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vacancy is outside the person&apos;s limits (distance, hours or contract), so it is not one of their matches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchDecision</name>
    <message>
        <source>Discussed with %1: %2 at %3 (vacancy %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortlisted: %1 at %2 (vacancy %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded in the plan: discussed %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the plan: shortlisted %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchExplanation</name>
    <message>
        <source>How the score is made up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1: %2% of the way there, %3% of the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills they have that it asks for: none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills they have that it asks for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills it asks for that they have not shown: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills it asks for that they have not shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchProfileBuilder</name>
    <message>
        <source>There is no person with the id %1 in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Essential for %1, in their work history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchResultsModel</name>
    <message>
        <source>Score %1 percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank %1: %2 at %3, score %4 percent, %5, %6, %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apprenticeship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Matcher</name>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job goals and experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay and contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared adjustments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance unknown: the person or the vacancy has no location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours not given in the advert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours a week; the person wants %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours a week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not one of the contract types the person wants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over %1 hours a week or hours unknown: the person shared that they need altered hours or a phased return. The coach can switch this off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the employer about amended duties, which the person shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the employer about workplace adaptations, which the person shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have %1, which the advert lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have %1, stated in the advert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have %1, implied by the occupation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, which the advert lists. Related: you have %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, stated in the advert. Related: you have %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, implied by the occupation. Related: you have %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from the title): one of the person&apos;s job goals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from the title): in the person&apos;s work history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from the title): a narrower or broader occupation than %2, a job goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from the title): a narrower or broader occupation than %2, in their work history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from the title): the same ISCO unit group as %2, a job goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from the title): the same ISCO unit group as %2, in their work history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from the title): the same ISCO minor group as %2, a job goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from the title): the same ISCO minor group as %2, in their work history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from the title): the same ISCO sub-major group as %2, a job goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from the title): the same ISCO sub-major group as %2, in their work history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from the title): the same family of jobs as %2, a job goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from the title): the same family of jobs as %2, in their work history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from the title): shares essential skills with %2, a job goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from the title): shares essential skills with %2, in their work history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from the title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some skill or occupation names are in English only: the taxonomy (such as ESCO) has no Welsh for them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchesPage</name>
    <message>
        <source>Use shared ad&amp;justments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disc&amp;ussed with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A skill to try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a skill to see how the matches would change if the %1 had it. Nothing is saved unless you choose Add to their skills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: forklift licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a skill to try:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the skill you are trying to the %1&apos;s skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the adjustments the %1 agreed to share for matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available when the %1 agreed to share adjustments for matching. Switch it off to see the scores without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching vacancies, best first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the selected vacancy scores as it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills the selected vacancy asks for that are missing, and courses that help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill or course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills &amp;gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortlist the selected vacancy in the %1&apos;s plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record in the plan that the selected vacancy was discussed with the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their own limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum distance in kilometres; zero uses the %1&apos;s own limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum hours a week; zero uses the %1&apos;s own limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max hou&amp;rs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contract:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only vacancies received on or after this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacancies posted on any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching is not available in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open vacancies in this vault yet. Import a vacancy bundle from the Sync menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding matches…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vacancies match these filters. Try a longer distance, more hours or any contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n vacancy(s) shown, best match first.</source>
        <translation>
            <numerusform>%n vacancy shown, best match first.</numerusform>
            <numerusform>%n vacancies shown, best match first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a vacancy to see why it scores as it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2: score %3%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Missing skills (%n)</source>
        <translation>
            <numerusform>Missing skills (%n)</numerusform>
            <numerusform>Missing skills (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (essential)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: they have every skill it asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Courses that help (%n)</source>
        <translation>
            <numerusform>Courses that help (%n)</numerusform>
            <numerusform>Courses that help (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>closes %n gap(s)</source>
        <translation>
            <numerusform>closes %n gap</numerusform>
            <numerusform>closes %n gaps</numerusform>
        </translation>
    </message>
    <message>
        <source>Teaches: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %3, closes %n gap(s): %4</source>
        <translation>
            <numerusform>%1, %2, %3, closes %n gap: %4</numerusform>
            <numerusform>%1, %2, %3, closes %n gaps: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>No course in the taxonomy teaches these skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maps to: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the skills list: matched as free text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “%1” to their skills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any da&amp;te</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to their s&amp;kills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching vaca&amp;ncies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the skill to try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why th&amp;is score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;x distance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Posted on or after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a vacancy to see its advert.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchingContextLoader</name>
    <message>
        <source>Reading the vacancies for matching. The first time after unlocking or an import this takes a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The skills taxonomy could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoryRecords</name>
    <message>
        <source>There is no record with the id %1 in this copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minisign</name>
    <message>
        <source>The signature or key is not in minisign&apos;s format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a minisign public key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a minisign Ed25519 public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is not in minisign&apos;s format.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewVacancyFits</name>
    <message>
        <source>New vacancy: %1 (score %2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New vacancy: %1 at %2 (score %3%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteCommands</name>
    <message>
        <source>only for a form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That record is not a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--suggestion must be a suggestion&apos;s number, as note suggestions lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This note has %n suggestion(s), so there is no number %1.</source>
        <translation>
            <numerusform>This note has %n suggestion, so there is no number %1.</numerusform>
            <numerusform>This note has %n suggestions, so there is no number %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected: nothing was added to the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This suggestion has no place in the case; it can only be used in a form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteExtractor</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteSuggestionsPanel</name>
    <message>
        <source>Suggestions from this note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use in the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions only: nothing is saved to the case until you accept it. Every decision is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions from the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a suggestion, then accept, change or reject it. Enter accepts, F2 changes the value and Delete rejects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the chosen suggestion came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to accept this value, or Escape to stop editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the chosen suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the chosen suggestion in the open form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the value of the chosen suggestion before accepting it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the chosen suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is saved to the case; the decision is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As you write, suggestions appear here: skills, job goals, hours, dates and more. Nothing is saved to the case until you accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions are not available: the skills taxonomy could not be read. The note can still be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>kind: value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (only for an open form)</source>
        <comment>kind: value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for an open form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to suggest from this note yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) from this note. Accept the ones that are right; nothing is saved until you do.</source>
        <translation>
            <numerusform>%n suggestion from this note. Accept it if it is right; nothing is saved until you do.</numerusform>
            <numerusform>%n suggestions from this note. Accept the ones that are right; nothing is saved until you do.</numerusform>
        </translation>
    </message>
    <message>
        <source>From the note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in the note: “%1”, in the sentence “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the chosen suggestion to the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts the value into the open form: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a value before accepting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form “%1” has no place for this suggestion. It was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put “%1” into the form “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected. Nothing was saved to the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Va&amp;lue to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accep&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;to the case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <source>&amp;Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes are kept as written. To put a mistake right, select the note and choose Correct; the correction is added as a new note and the original stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected note in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the selected note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Ctrl+Enter to add the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction to the note of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction to an earlier note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the note before adding it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are writing a correction to the note of %1. The original note stays as it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) not decided</source>
        <translation>
            <numerusform>%n suggestion not decided</numerusform>
            <numerusform>%n suggestions not decided</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) from this note are not accepted or rejected yet. They are not kept once the note is added. Choose Cancel to go back and decide them.</source>
        <translation>
            <numerusform>%n suggestion from this note is not accepted or rejected yet. It is not kept once the note is added. Choose Cancel to go back and decide it.</numerusform>
            <numerusform>%n suggestions from this note are not accepted or rejected yet. They are not kept once the note is added. Choose Cancel to go back and decide them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the note &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutreachCommands</name>
    <message>
        <source>No partners match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 (%3)%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    Services: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    When: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    Needs the person&apos;s consent to refer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    No consent needed to refer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: a service needs a key of lower-case letters, digits and underscores and an English name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: consent_needed must be yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a partner needs an id of letters, digits and underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n partners signed into %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>--date must be a real date written as YYYY-MM-DD, for example 2026-12-07.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referrals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 to %3 for %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--hours must be a number, such as 2 or 2.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outreach session recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to must be real dates written as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outreach sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 at %3: %4 hours, %5 new and %6 returning; %7</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutreachSessionDialog</name>
    <message>
        <source>Record an outreach session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it was held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People seen who are on the caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen for the first &amp;time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who was seen, of those on the caseload:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutreachSessions</name>
    <message>
        <source>Give the date the session was held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session can only be recorded once it has been held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter where the session was held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A venue must be %1 characters or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the session&apos;s length in hours, more than 0 and at most 24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the number of people seen as whole numbers from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More people are linked from the caseload than the session saw. Check the counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a session topic Waymark knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That partner is not in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only people on the caseload can be linked to a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no outreach session with that id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutreachTables</name>
    <message>
        <source>Seen for the first time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outreach sessions by venue and month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People seen at outreach sessions, by venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People seen at outreach sessions, by partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People seen at outreach sessions, by month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OversightCommands</name>
    <message>
        <source>--%1 should be a date written as YYYY-MM-DD, such as 2026-12-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts: --to should be on or after --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--html and --language go with --leaflet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--language must be en or cy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose --html or --json, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 should be a whole number from 1 to 1000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault changed while the fairness check ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Matching differed in %n case(s) where it must not: see the report.</source>
        <translation>
            <numerusform>Matching differed in %n case where it must not: see the report.</numerusform>
            <numerusform>Matching differed in %n cases where it must not: see the report.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerDirectory</name>
    <message>
        <source>There is no partner with that id in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the partner&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partner&apos;s name must be %1 characters or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what kind of organisation the partner is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one service the partner offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partner can list at most %1 services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a service Waymark knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partner can list at most %1 languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give languages as two-letter codes, such as en for English and cy for Welsh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This must be %1 characters or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This partner comes from an administrator&apos;s list, so it cannot be changed here. Add your own entry instead, or ask the administrator to correct the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This partner comes from an administrator&apos;s list, so it cannot be removed here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerEditDialog</name>
    <message>
        <source>En&amp;glish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Welsh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referral needs the person&apos;s consent, recor&amp;ded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other languages, as two-letter codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. pl, ar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vices offered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it is &amp;open:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webs&amp;ite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to refe&amp;r:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerVocabulary</name>
    <message>
        <source>Charity or voluntary group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>College</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GP surgery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debt and money advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local council service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CV and application help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job search support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training and courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English or Welsh language classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health and work support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental health and wellbeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food and essentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteering and work experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support for young people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CV help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health and work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits advice signposting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnersBundle</name>
    <message>
        <source>a service&apos;s key must be lower-case letters, digits and underscores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service %1 has no English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a partner needs an id of letters, digits and underscores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the partner id %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnersDialog</name>
    <message>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, address or hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add your own…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partners match. Partners come from your administrator&apos;s list, or add your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n partners</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to refer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referral needs the person&apos;s consent, recorded when the referral is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes referrals without recorded consent (signposting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from your partners? Referrals already made to it keep its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseBox</name>
    <message>
        <source>There is not enough memory to check the passphrase. Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key file is not one of Waymark&apos;s, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This was made by a newer version of Waymark. Update Waymark, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase incorrect. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseReader</name>
    <message>
        <source>The passphrase file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase given. Use --passphrase-file or WAYMARK_PASSPHRASE when not at a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are different. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters. A few unrelated words together work well.</source>
        <translation>
            <numerusform>Use at least %n character. A few unrelated words together work well.</numerusform>
            <numerusform>Use at least %n characters. A few unrelated words together work well.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy to guess. Add more words or avoid common words and sequences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptable. Another word would make it much stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A good passphrase. Keep it somewhere only you can reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An excellent passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseStrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayloadReader</name>
    <message>
        <source>not an archive this version can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payload is not of the expected kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s contents couldn&apos;t be read (%1). Nothing was changed; ask the sender to export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number is missing or malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number is not finite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a yes/no value is neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text is longer than allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it lists more items than allowed (%1, at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the payload is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are unexpected bytes after the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it lists more items (%1) than the rest of the payload can hold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonCommands</name>
    <message>
        <source>--status must be open or closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing removes everything about this person and cannot be undone. Add --yes to go ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be html or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n disagreement(s)</source>
        <translation>
            <numerusform>%n disagreement</numerusform>
            <numerusform>%n disagreements</numerusform>
        </translation>
    </message>
    <message>
        <source>--about must be suggestion or decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reason needs what the person said, in a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded that they disagreed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonEraseDialog</name>
    <message>
        <source>Erase this %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm, type the %1&apos;s full name: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name matches. Erase permanently is now available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not match the name yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonLeaflet</name>
    <message>
        <source>How your work coach uses Waymark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Waymark is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark is a computer program your work coach uses to keep your record. It is on their own computer, and it is locked with a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark can make suggestions to your coach. It can suggest jobs that may suit you, and say why. It can spot skills, job goals and hours in the notes your coach writes. It can fill in parts of a form from your record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person decides, not the computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark only suggests. Your coach reads each suggestion and decides whether to use it, change it or leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark never decides your benefits, what you have to do, or whether you get a sanction. People make those decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it reads, and what it never reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To suggest jobs, Waymark reads your skills, your work history, your job goals, your qualifications, how far you can travel and the hours you can work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To suggest jobs, it never reads your name, your date of birth, your National Insurance number, your address or contact details, the language you speak, your health or fit notes, or the notes your coach writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions from notes come only from the note your coach is writing at the time. Nothing leaves your coach&apos;s computer to make a suggestion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can see why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can ask for a copy of everything held about you. It is free. It includes a part called &quot;Suggestions made about you&quot;: each suggestion, the reasons shown to your coach at the time, what was decided, who decided and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell your coach if you disagree with a suggestion or with a decision. They will write down that you disagreed, in your words. This shows in your record and in your copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can ask for any decision to be looked at again by a person. Ask your coach, or write to the organisation that helps you. You can give your side and ask them to change the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The law gives you these rights. This includes the Data (Use and Access) Act 2025, which says people must be able to ask for a person to look again at decisions made with computers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are still not happy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can complain to the organisation that helps you. If you are still not happy with how they use your information, you can complain to the Information Commissioner&apos;s Office (ICO): ico.org.uk or 0303 123 1113.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonReport</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record looked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health and work information looked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of the record made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person with that id in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information held about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a copy of everything held about you in this caseload, made on %1 by %2. Ask if anything is wrong or unclear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who used this record and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export file could not be created. Check you can write to that folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export file could not be written. Check there is space on the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A form saved as a PDF outside Waymark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A form printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacancy reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, as shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this sentence in a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, by %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 you disagreed with %2 (recorded by %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions from a note shown to the coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A suggestion accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A suggestion changed, then accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A suggestion rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A suggestion used in a form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your disagreement with a suggestion recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral outcome recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions made about you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark only suggests: a person decides. These are the suggestions it showed about you, in the words shown at the time, with what was decided, by whom and when. If you disagree with any of them, say so: your disagreement is recorded here, and you can ask for the decision to be looked at again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestions have been made about you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown on %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your disagreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer of work, education or training recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put forward to an employer for a job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome of being put forward recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonWorkspace</name>
    <message>
        <source>Er&amp;ase this %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase this %1 and everything held about them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing removes everything held about this %1 for good. You will be told exactly what will go and asked to type their full name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records about the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health information is special category data. Each time this section is opened for a %1, the opening is recorded in the audit log. Record only what the %1 agrees is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record actions as agreed with the %1. Mark an action as required only when it comes from a requirement set elsewhere: Waymark records requirements, it does not set them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 selected. Choose one from the caseload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred name: not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred language: not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred language: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2. %3. %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen this %1&apos;s case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this %1&apos;s case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>given name, family name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the health section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will permanently erase %1 and everything held about them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>• %1: %n entry(s)</source>
        <translation>
            <numerusform>• %1: %n entry</numerusform>
            <numerusform>• %1: %n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log will keep only the fact that an erasure happened. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting is not available in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything held on this %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page for printing (*.html);;JSON for other systems (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything held on this %1 is now in %2. The file holds personal data: keep it safe and delete it when it has been handed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work and skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health and work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a note not added yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some changes to this %1 are not saved yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions &amp;made about them…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions made about this %1, and recording that they disagreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>• Suggestions made about them: %n entry(s)</source>
        <translation>
            <numerusform>• Suggestions made about them: %n entry</numerusform>
            <numerusform>• Suggestions made about them: %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileCsv</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value for %1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile id “%1” is already used on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a latitude within the UK (%1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a longitude within the UK (%1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a distance in kilometres above 0 and at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number of hours a week above 0 and at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the profiles file break a rule. The first is line %1, %2: %3</source>
        <translation>
            <numerusform>%n row of the profiles file breaks a rule. The first is line %1, %2: %3</numerusform>
            <numerusform>%n rows of the profiles file break a rule. The first is line %1, %2: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PutForwardDialog</name>
    <message>
        <source>They &amp;agreed to their details going to this employer for this job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put forward for a job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put %1 forward for %2 at %3. You put them forward; Waymark records it, with their consent, on their record and the employer&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put forward &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Put forward</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PutForwards</name>
    <message>
        <source>There is no person with that id in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vacancy has closed or been withdrawn, so nobody can be put forward for it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day they were put forward: today or a day before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their details go to the employer only with their consent. Ask the person, and confirm that they agreed, to put them forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is already put forward for this vacancy. Record what came of it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person has no put-forward with that id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an outcome Waymark records. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day of the outcome: no earlier than the day they were put forward, and not after today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuarantineDialog</name>
    <message>
        <source>Nothing has been set aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export for the sender…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items set aside from imported bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the selected item held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item to see what it held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the items set aside for the sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every item set aside as a CSV file to send back to whoever published it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These items came in signed bundles from trusted senders but failed the checks, so they were set aside instead of being used. Tell the sender what was wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) set aside.</source>
        <translation>
            <numerusform>%n item set aside.</numerusform>
            <numerusform>%n items set aside.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export for the sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file will leave this vault&apos;s encrypted store and anyone who has it can read it. Send it only to the sender, then delete it. Save it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1. It is not encrypted: send it to the sender, then delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was set aside: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it held:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptBundle</name>
    <message>
        <source>a receipt for a bundle this vault did not send to that device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt&apos;s record of its sender&apos;s audit log is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordEditDialog</name>
    <message>
        <source>Add to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an entry in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>For example, QQ 12 34 56 C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example, LS1 4AP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example, name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UK phone number, for example 07700 900982.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick all that apply. Use the arrow keys to move and Space to tick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QQ 12 34 56 C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems to fix before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving. Each is shown beside its field.</source>
        <translation>
            <numerusform>%n problem to fix before saving. Each is shown beside its field.</numerusform>
            <numerusform>%n problems to fix before saving. Each is shown beside its field.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the date as day/month/year, for example 27/3/2026. Leave it empty if it is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the date and time as day/month/year hours:minutes, for example 27/3/2026 14:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD/MM/YYYY HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear %1</source>
        <comment>the clear button in a date field; %1 is the field&apos;s label</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordFormPage</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert %1 to what was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no changes to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Nothing recorded yet. Choose Add to record the first entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Insert to add an entry, Enter to change the selected one and Delete to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected entry in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected entry from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected entry from %1? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” from %2? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this entry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordOfferDialog</name>
    <message>
        <source>Record an offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an offer of work, education or training made to %1. Choose one found in their plan, referrals or shortlist, or record one from somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers found in their records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somewhere else (fill in below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion from %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Found in their records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What was offered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out&amp;come:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>That record no longer exists. It may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n fields need attention. The first: %1</source>
        <translation>
            <numerusform>%n field needs attention: %1</numerusform>
            <numerusform>%n fields need attention. The first: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Waymark does not know that kind of record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person already has that record; change it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes cannot be changed. Add a correction instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes cannot be removed. Add a correction instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person is closed or erased, not removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only notes are corrected this way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <source>Add an action to the &amp;plan, closed by the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer to a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer %1 to a local partner. You make the referral; Waymark records it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person &amp;agreed to this referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;rtner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes for the partner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no partners in the directory yet. Import your administrator&apos;s list, or add your own under Edit ▸ Local partners.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralOutcomeDialog</name>
    <message>
        <source>Follow a referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to %1 for %2 on %3. The partner, service and consent stay as they were made; if one is wrong, remove this referral and make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralTables</name>
    <message>
        <source>Referrals by partner and outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <source>There is no person with that id in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not list “%2” among its services. Choose one of the services it offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of the referral: today or a day before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for the person&apos;s consent before a referral. Ask the person, and confirm that they agreed, to make it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no referral with that id in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an outcome Waymark records. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>Give a period whose start is on or before its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device&apos;s vault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportBundle</name>
    <message>
        <source>This report can&apos;t be used: %1. Nothing was merged; ask the sender to export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its period is not a pair of dates in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row appears twice in the table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a column appears twice in the table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds more than %1 counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table %1 holds a count that cannot be right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a public key a report can be sealed to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>--from and --to must be real dates written as YYYY-MM-DD, the first on or before the second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read as a public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report for %1 to %2 sealed to key %3 and written to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report bundles from the devices, sealed to this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the report bundles to merge: report merge F1.bundle F2.bundle …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 Nothing was merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 (%2): %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportMerge</name>
    <message>
        <source>Couldn&apos;t open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a %1, not an aggregate report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report is not sealed to this vault&apos;s key, and Waymark merges reports only sealed. Ask the sender to export it again for this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report is already in the merge. It was not added again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge already has a report from %1 for a period that overlaps this one (%2 to %3). It was not added, so no one is counted twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merged from %n devices</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one report to merge.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <source>The table beside the chart holds the same numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll the chart sideways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll the chart up and down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts in the chosen table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregate reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;ble:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sessions over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of outreach sessions by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referral outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of referrals by outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Youth guarantee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of where young people in the youth guarantee stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mer&amp;ge reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add up report bundles from many devices, sealed to this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers in the chart: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map of venues and partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venues and partners by postcode area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every partner and venue is placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n partners or venues have no postcode area this vault can place: add a postcode, or import a geodata bundle.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 Nothing was merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose report bundles to merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark bundles (*.bundle *.wmbundle);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aggregate-report.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregate report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup becomes a new vault in a folder of its own; no existing vault is changed. Type the passphrase the vault had when the backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New vault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the restored vault goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark backups (*.wmbackup);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where should the restored vault go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup file to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new folder for the restored vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>This vault was made by a newer version of Waymark. Update Waymark, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock when idle for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect the next time Waymark starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to &amp;back up after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days without a backup before a reminder; 0 for never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in this vault. After this many days without a backup, Waymark offers to make one when the vault is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <comment>after the number in the backup reminder box</comment>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
    <message>
        <source>Start page: not &amp;contacted after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks without a note or attended appointment before the start page lists someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> week(s)</source>
        <comment>after the number in the start page&apos;s contact box</comment>
        <translation>
            <numerusform> week</numerusform>
            <numerusform> weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>Choose a passphrase to protect the secret key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Waymark secret key file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillNormaliser</name>
    <message>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alternative label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spelling variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shares words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillSuggestionsPanel</name>
    <message>
        <source>Suggested from work history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills suggested from their work history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions only: a skill is added to their record when you choose its Add button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to suggest: their work history adds no skills they have not got already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These skills are usual in jobs they have done. Add the ones they confirm; the rest are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to their skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “%1” to their skills.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Import a caseload &amp;bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is on this caseload yet. Add someone, or import a caseload bundle another device sent you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your day: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s)</source>
        <translation>
            <numerusform>%1: %n item</numerusform>
            <numerusform>%1: %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>No appointments today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointments in the next six days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone has had a note or an attended appointment recently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No form is waiting to be finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the vacancies the last import added fits anyone well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;claimant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;person…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionApplier</name>
    <message>
        <source>Adds a skill to Work and skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the licence to the skills in Work and skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a job goal to Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the hours available a week in Circumstances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the days available in Circumstances, when it names days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a qualification to Work and skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for an open form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hours a week</source>
        <translation>
            <numerusform>%n hour a week</numerusform>
            <numerusform>%n hours a week</numerusform>
        </translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caring responsibilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This suggestion has no place in the case. It can only be used in an open form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person before accepting a suggestion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a value before accepting the suggestion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “%1” to their skills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “%1” to their job goals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “%1” to their qualifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case keeps availability as days of the week, and “%1” names none. It can only be used in an open form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is already on the case, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Set the hours available to %n a week in Circumstances.</source>
        <translation>
            <numerusform>Set the hours available to %n a week in Circumstances.</numerusform>
            <numerusform>Set the hours available to %n a week in Circumstances.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the days available in Circumstances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already on the case, so nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person before rejecting a suggestion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person before using a suggestion in a form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionHistory</name>
    <message>
        <source>A suggestion needs a person, a tool and what it is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a decision Waymark knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether the person disagreed with the suggestion or the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what the person said, in a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Keep the reason to %n characters or fewer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There is no suggestion with that id about this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision has been taken on this suggestion yet, so there is no decision to disagree with. Record that they disagreed with the suggestion instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions from notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form filled in from the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed, then accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortlisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used in a form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the suggestion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionHistoryDialog</name>
    <message>
        <source>The sugges&amp;tion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;decision on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record that they disagreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions made about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every suggestion Waymark showed about them, as it was shown, and what was decided. Their copy of their record lists the same. If they disagree with one, record it here in their words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions shown about them, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen suggestion, as their copy words it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As their c&amp;opy words it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They disagreed with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they said, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What they said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; they disagreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestions have been shown about them yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a suggestion to see it as their copy words it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded that they disagreed. It is in their copy of their record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionReport</name>
    <message>
        <source>Nearly all suggestions are accepted (%1% of those decided): check they are being weighed, not waved through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most suggestions are accepted within two seconds of being shown (%1%): check they are being read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions from notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed then accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median time to decide (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted within two seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few to say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions report, from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts from 1 to 4 are shown as &lt;5, so that no small group can be picked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestions were shown or decided in this period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionReportDialog</name>
    <message>
        <source>Suggestions report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions shown and what was decided, for everyone using this vault together. Counts from 1 to 4 are shown as &lt;5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions by tool and kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestions were shown or decided in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here suggests suggestions are accepted without being read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the suggestions report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggestions-report.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <source>Name the device&apos;s public key file: sync add-device FILE.pub --label NAME --setting S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--setting must be work-coach, gp-practice or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (withheld without consent: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent to this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload bundle written to %1, encrypted for device %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 %3: kept &quot;%4&quot;, other &quot;%5&quot; (from %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--conflict takes the number listed by sync conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict %1 resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device&apos;s public key file (key export --minisign on that device).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(yours)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncDevicesDialog</name>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices this vault exchanges caseloads with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No devices yet. Ask the other device&apos;s admin for its key file and its fingerprint, then choose &quot;Add a device from a key file&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a device from a key file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a device from a key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseloads are sent only to the devices listed here, encrypted so that only that device can read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a device key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file could not be read. Check the file and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncExportDialog</name>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device to send to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: no consent recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything changed since the device last confirmed it received a caseload is sent. Health details, and notes between a GP practice and a work coach, are sent only when the person has agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no devices to send to yet. Add one under Sync, Devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent to this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Changes for %n person(s) will be sent.</source>
        <translation>
            <numerusform>Changes for %n person will be sent.</numerusform>
            <numerusform>Changes for %n people will be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waymark bundles (*.wmbundle);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file will leave this vault&apos;s encrypted store. It is encrypted so that only &quot;%1&quot; can read it. Save it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved. Check there is space and that you may write to that folder, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Give the file to the other device; once they import it and send back their receipt, import the receipt here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person (tick to send)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand over a case (show the person first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand over %1 to this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends everything about the person and makes the device&apos;s owner their owner. This vault keeps an audit record of the handover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything about %1 will be sent, and the case will move to this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one person to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file will leave this vault&apos;s encrypted store. It is encrypted so that only &quot;%1&quot; can read it. %2 will be handed over: the case moves to that device&apos;s owner. Save it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Taxonomy</name>
    <message>
        <source>The skill &quot;%1&quot; names a broader skillConcept that is not in the taxonomy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The skill &quot;%1&quot; is its own broader skillConcept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The occupation &quot;%1&quot; needs a skill that is not in the taxonomy (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course &quot;%1&quot; teaches a skill that is not in the taxonomy (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a skill needs five fields: S|label|type|broader|alternatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a skillConcept type (skill, knowledge, licence, group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an occupation needs six fields: O|title|family|alternatives|essential|optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a course needs five fields: C|title|provider|length|skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line must start with S, O or C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broader skillConcept &quot;%1&quot; is not defined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the skill &quot;%1&quot; is not defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in taxonomy file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in taxonomy is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The skill &quot;%1&quot; is related to a skill that is not in the taxonomy (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: a Welsh label needs the English label and the Welsh one: English|Welsh|alternatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot; is not a skill or occupation in the taxonomy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in taxonomy&apos;s Welsh labels are missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaxonomyBundle</name>
    <message>
        <source>A concept has an unknown type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the concept id %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a concept needs an id and a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an occupation needs a unique id and a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n skills it names are not in the bundle and were left out</source>
        <translation>
            <numerusform>%n skill it names is not in the bundle and was left out</numerusform>
            <numerusform>%n skills it names are not in the bundle and were left out</numerusform>
        </translation>
    </message>
    <message>
        <source>The taxonomy bundle holds no usable concepts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaxonomyCommands</name>
    <message>
        <source>Taxonomy: %1; %L2 concepts, %L3 occupations, %L4 courses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the folder of the ESCO CSV files: taxonomy import-esco DIR --vault V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESCO imported in %1 s: %L2 skills, %L3 occupations, %L4 relations (%L5 left out: they named concepts not in the files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault uses the built-in UK taxonomy again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the text to map: taxonomy map &quot;forklift license&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skill: %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occupation: %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of the ESCO CSV files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A skill or job as someone might write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  or perhaps: %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaxonomyDialog</name>
    <message>
        <source>&amp;Import ESCO…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;built-in taxonomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills taxonomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder of an ESCO release (the CSV files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching reads skills, occupations and courses from this taxonomy. You can import a release of ESCO, the European skills classification, in its CSV form, or go back to the built-in UK taxonomy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an ESCO release from a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the CSV files of an ESCO release and, when they are all read, replaces the taxonomy in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the built-in UK taxonomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the import; the taxonomy stays as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the last import did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result of an import appears here, ready to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Result of the last import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in UK taxonomy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An imported ESCO release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An imported taxonomy (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n skill(s) and knowledge area(s)</source>
        <translation>
            <numerusform>%n skill or knowledge area</numerusform>
            <numerusform>%n skills and knowledge areas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skill group(s)</source>
        <translation>
            <numerusform>%n skill group</numerusform>
            <numerusform>%n skill groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n occupation(s)</source>
        <translation>
            <numerusform>%n occupation</numerusform>
            <numerusform>%n occupations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n course(s)</source>
        <translation>
            <numerusform>%n course</numerusform>
            <numerusform>%n courses</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the ESCO release in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. The taxonomy in use has not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ESCO release was not imported: %1
The taxonomy in use has not changed. Correct the file or choose another release, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the taxonomy in the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ESCO release was read but could not be saved: %1
The taxonomy in use has not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the ESCO release from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n occupation–skill link(s)</source>
        <translation>
            <numerusform>%n occupation–skill link</numerusform>
            <numerusform>%n occupation–skill links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) to concepts not in the release were left out.</source>
        <translation>
            <numerusform>%n link to a concept not in the release was left out.</numerusform>
            <numerusform>%n links to concepts not in the release were left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Matching now uses this taxonomy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the built-in taxonomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This removes the imported taxonomy from this vault and goes back to the built-in UK taxonomy. Skills already recorded for people stay as they are. Go back to the built-in taxonomy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault now uses the built-in UK taxonomy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its skill and occupation names are in English only: it has no Welsh names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill and occupation names are shown in Welsh where the taxonomy has them; the rest are in English only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaxonomyStore</name>
    <message>
        <source>The taxonomy import was cancelled; the taxonomy is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayCommand</name>
    <message>
        <source>--date must be a real date written as YYYY-MM-DD, for example 2026-12-07.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--weeks must be a whole number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your day: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caseload is empty. Add someone with &quot;person add&quot;, or import a caseload bundle with &quot;bundle import&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 %2: %3 [%4]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … and %n more</numerusform>
            <numerusform>  … and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransparencyDialog</name>
    <message>
        <source>About the suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole record as plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use shared ad&amp;justments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;fairness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the adjustments people agreed to share for matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one allowed exception: an adjustment a person agreed to share may change their matches. Switch it off to check matching without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock a vault to check its caseload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that matching, note suggestions and prefill treat each person alike when only their name, sex, age, health, pregnancy, religion, ethnicity or language changes. Nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fairness check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the fairness check on this vault&apos;s caseload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fairness check could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1 of %2 people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the caseload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fairness check was stopped before it ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fairness check could not finish: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fairness check: no differences in matching; %n other difference(s).</source>
        <translation>
            <numerusform>Fairness check: no differences in matching; %n other difference.</numerusform>
            <numerusform>Fairness check: no differences in matching; %n other differences.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fairness check: %n difference(s) in matching. Read the report.</source>
        <translation>
            <numerusform>Fairness check: %n difference in matching. Read the report.</numerusform>
            <numerusform>Fairness check: %n differences in matching. Read the report.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransparencyRecord</name>
    <message>
        <source>%1 (all of it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>kind: field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note suggestions on held-out coach notes: precision (share of suggestions that were right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note suggestions on held-out coach notes: recall (share of the right values that were found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills suggested from held-out coach notes: precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills suggested from held-out coach notes: recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier 1: summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark helps work coaches and GP practices keep a person&apos;s record and prepare the next step. It offers three kinds of suggestion: vacancies that may suit the person, facts it reads in a note the coach is writing, and answers it can copy into a form from the record. A person reads every suggestion and accepts, changes or rejects it. Waymark never decides anything about anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To save the coach time on searching and typing, so more of the meeting is spent with the person, while the decision stays with people who can be asked to explain it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner and contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation that runs this copy of Waymark (the job centre, council service or GP practice) is responsible for how it is used. Questions about a suggestion go first to the coach or practice, then to that organisation&apos;s data protection officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark is open source software that runs on the device alone: no suggestion is sent to, or made by, a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacancy matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranks the vacancies held on the device against a person&apos;s skills, job goals, work history, place and hours, and shows every part of each score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions from notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the note the coach is writing, by fixed rules and word lists, and offers skills, job goals, hours, dates and similar facts, each with the sentence it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form prefill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies answers the record already holds into a form, marked as copied, for the coach to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the tools decides entitlement, requirements, sanctions, fitness for work or referrals. There is no learned model and no profiling: the rules are fixed, written in the code and the same for everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How a person stays in charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every suggestion needs a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing reaches the record until a coach accepts it, and a coach can change it first or reject it. Each suggestion shown, and each decision, is written to the vault&apos;s tamper-evident audit log, with the engine and taxonomy versions that made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oversight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Suggestions report shows, for a period, how many suggestions were shown, accepted, changed and rejected, and how quickly. It warns when nearly all are accepted, or accepted within two seconds, so a manager can check they are being read. It counts only totals, never one person&apos;s decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data each tool reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills, qualifications and licences, job goals, job titles from work history, the first half of the postcode, the furthest the person will travel, the hours they can work, and adjustments the person agreed to share for matching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching never reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list above is declared in the code that builds a match profile, and a test changes each item on a person and checks the ranking does not move. The record has no field for sex, ethnicity or religion at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions from notes read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the text of the note being written, while it is open; not the rest of the record. Each suggestion points to the sentence it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form prefill reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the fields of the record that the form asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching knows only the vacancies and skills list loaded on the device, and ranks best when a person&apos;s skills are recorded. Suggestions from notes miss skills said in other words than the skills list uses, and can mistake a word for a skill. The quality figures below are measured on test data, not on how well Waymark serves people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks and how they are reduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions accepted without thought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every suggestion needs a click and shows its reasons; the Suggestions report warns when acceptance looks automatic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treating people differently by who they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching cannot see names, age, health conditions, fit notes or language, and tests prove it. It uses an adjustment only when the person agreed to share it for matching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wrong fact copied into the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions show their source sentence and are marked as suggestions; the coach can change or reject each one, and the change is audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data leaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything stays in the encrypted vault on the device; audit entries and reports hold ids, kinds and counts, never a value about a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note suggestions engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form prefill engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in skills list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills list in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vault is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (imported into this vault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the built-in list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions in this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quality figures were shipped with this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured on %1 at commit %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality last measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the suggestions: transparency record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustCommands</name>
    <message>
        <source>Give the fingerprint you were given with --fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fingerprint was typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the public key file: trust add FILE.pub --kinds vacancies --label NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of bundle &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 has fingerprint %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the fingerprint the publisher gave you:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 is now trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 is no longer trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the key change statement: trust rotate FILE.rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old key %1, fingerprint %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New key %1, fingerprint %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 is now trusted for %2 in place of key %3, which is no longer trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publisher&apos;s public key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key change statement the publisher sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To change it, run waymark-cli trust remove --key-id %1, then trust add again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustStore</name>
    <message>
        <source>This is not a valid public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one kind of bundle to trust this key for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the key a name, such as the publisher or the colleague it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint you confirmed does not match this key. Do not trust it; check with the sender by another route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That key is not in the list of trusted keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key change statement has already been applied on this device; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old key %1 is not trusted on this device, so it cannot hand its trust on to the new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old key in the statement is not the key %1 this device trusts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old key %1 is not trusted here for any of the kinds of bundle the statement hands on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key %1 was removed from this device&apos;s trusted keys. If that was a mistake, add it again by its fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (new key, changed from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 is already trusted, under the name &quot;%2&quot;. A trusted key is never replaced: to change its name or what it is trusted for, remove it first, then add it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustedKeysDialog</name>
    <message>
        <source>Trusted keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a key from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles are imported only when they are signed by a key trusted here for that kind of bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a trusted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop trusting &quot;%1&quot; (key %2)? Bundles signed by it will be refused from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a key change statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key change statements (*.rotation);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key change statement could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publisher signed a change from key %1 (fingerprint %2) to key %3 (fingerprint %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key will be trusted for: %1. The old key will no longer be trusted for anything. Apply the change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply a &amp;key rotation…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;another vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is locked. Enter its passphrase to see the caseload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Passphrase incorrect. Try again in %n second(s).</source>
        <translation>
            <numerusform>Passphrase incorrect. Try again in %n second.</numerusform>
            <numerusform>Passphrase incorrect. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase incorrect. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VacancyBundle</name>
    <message>
        <source>the id must be 1 to %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the title is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the employer is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the closing date is not a real date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours a week must be more than 0 and at most 80</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a salary cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lowest salary is more than the highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a location needs both latitude and longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the location is outside the UK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the postcode is not a UK postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no location: give coordinates or a postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vacancy list is of an unknown type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vacancy has an unknown contract type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the postcode area %1 cannot be placed: import a postcode locations bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VacancyCommands</name>
    <message>
        <source>--top takes a whole number from 0 to 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n vacancies read in %1 s.</source>
        <translation>
            <numerusform>%n vacancy read in %1 s.</numerusform>
            <numerusform>%n vacancies read in %1 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VacancyCsv</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value for %1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id is %1 characters long; the most is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id “%1” is already used on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a contract type: use permanent, temporary, fixed-term, apprenticeship or zero-hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a real date written year-month-day, such as 2026-03-27.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number of hours a week above 0 and at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a salary in pounds a year: a number, 0 or more, without £ or commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a latitude within the UK (%1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a longitude within the UK (%1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latitude and longitude must be given together, or both left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vacancy needs a location: a postcode, or a latitude and longitude.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the vacancies file break a rule. The first is line %1, %2: %3</source>
        <translation>
            <numerusform>%n row of the vacancies file breaks a rule. The first is line %1, %2: %3</numerusform>
            <numerusform>%n rows of the vacancies file break a rule. The first is line %1, %2: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) is more than %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VacancyFeed</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VacancyIndex</name>
    <message>
        <source>Building the vacancy index was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VacancyMatchesDialog</name>
    <message>
        <source>&amp;People who fit it best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open this %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the vacancies by title, employer or reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title, employer or reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a vacancy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open vacancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;vacancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People with open cases who fit the selected vacancy, best first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the selected person scores as they do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why this score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected %1 in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching is not available in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no open vacancies in this vault yet. Import a vacancy bundle from the Sync menu, then come back here to find people for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2, reference %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open vacancy(s). Choose one to see who fits it best.</source>
        <translation>
            <numerusform>%n open vacancy. Choose one to see who fits it best.</numerusform>
            <numerusform>%n open vacancies. Choose one to see who fits it best.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ranking the people with open cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank %1: %2, score %3 percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1 percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no open cases on the caseload to rank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody with an open case fits this vacancy within their own distance and hours limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) ranked, best fit first.</source>
        <translation>
            <numerusform>%n person ranked, best fit first.</numerusform>
            <numerusform>%n people ranked, best fit first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a vacancy, then a person, to see why they score as they do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2 at %3: score %4%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a vacancy to see its advert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ut forward…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected %1 forward for this vacancy, with their consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put forward. It is on their record and the employer&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VacancyReadingStore</name>
    <message>
        <source>Reading the vacancies again was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vacancy could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That vacancy is no longer in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VacancyReportDialog</name>
    <message>
        <source>Vacancies report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Waymark understood of the open vacancies when they were imported: the occupation each title maps to, and the skills each advert states or its occupation implies. Matching uses these; titles that mapped to nothing show what a feed needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open vacancies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read for the taxonomy in use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given an occupation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills per vacancy (median):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Titles that mapped to no occupation, most frequent first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titles that mapped to no occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the report as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stated in the advert, %2 implied by the occupation, %3 listed by the feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every title read mapped to an occupation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validators</name>
    <message>
        <source>This National Insurance number should look like QQ 12 34 56 C: two letters, six digits, then A, B, C or D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a prefix used for National Insurance numbers. Check the first two letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This postcode should look like LS1 4AP or CF10 1EP. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This should be a postcode such as LS1 4AP, or the first part of one such as LS1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This email address should look like name@example.co.uk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phone number should contain only digits, spaces and a leading +, like 07700 900123.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phone number should have 10 or 11 digits and start with 0, like 07700 900123.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This should be a number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This should be a whole number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the year in full, for example 27/3/2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a real date, for example 27/3/2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the year in full, for example 27/3/2026 14:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a real date and time, for example 27/3/2026 14:30.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>This vault is open in another Waymark window or program. Close it there, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase for the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a file or folder called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault folder could not be created. Check you can write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Waymark vault. Choose a folder ending in .waymark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault has lost its device identity. Contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault does not record its setting. Contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key could not be saved. Keep Waymark open and contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some records refer to records that no longer exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is broken at entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in this vault is a link to another file. Waymark does not open or write through links, so that nobody can redirect the caseload or its key. Replace the link with the file itself, or contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s key file could not be restored. Check you can write to the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your caseload data is damaged: the vault&apos;s own records could not be read. Don&apos;t delete anything; contact support, who can restore your most recent backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultBackup</name>
    <message>
        <source>This backup is incomplete: it ends after %1 of its %2 bytes, so it was probably cut short while it was written or copied. Nothing was restored; use another copy of the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is damaged: its contents do not match the checksum written with it. Nothing was restored; use another copy of the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Waymark backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written. Check there is space on the disk and that you may write to that folder, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file could not be read. Check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was stopped. No backup file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to write the backup to, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a link to another file. Waymark does not write a backup through a link; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the backup outside the vault folder, ideally on another disk or a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s key file could not be read, so no backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of the vault could not be completed. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was saved, but the vault could not note that it was made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new folder for the restored vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a file or folder called %1. A backup is restored into a new folder, so that no vault is ever overwritten; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file could not be opened. Check its name and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Waymark. Update Waymark, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open this backup. A backup opens with the passphrase the vault had when the backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the restored vault could not be created. Check you can write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored vault could not be written. Check you can write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored vault could not be put at %1. Choose a new folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultCommands</name>
    <message>
        <source>Say where to create the vault with --vault PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--setting must be work-coach, gp-practice or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created vault %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The vault has %n problem(s).</source>
        <translation>
            <numerusform>The vault has %n problem.</numerusform>
            <numerusform>The vault has %n problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault now uses a new encryption key. The passphrase is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup of this vault has been made with Waymark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last backup was made on %1 (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up the vault to %1. The backup opens with the vault&apos;s passphrase as it is today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the backup to restore: vault restore FILE --vault NEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to put the restored vault with --vault PATH (a new folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup made on %1 (UTC) into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The restored vault has %n problem(s).</source>
        <translation>
            <numerusform>The restored vault has %n problem.</numerusform>
            <numerusform>The restored vault has %n problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VaultServices</name>
    <message>
        <source>The skills taxonomy stored in this vault could not be read, so matching and suggestions are off. Choose Vault ▸ Check the vault, or import the taxonomy again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultSetting</name>
    <message>
        <source>Work coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GP practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claimant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Waymark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark keeps your caseload in an encrypted vault on this computer. Nothing is sent anywhere unless you export it on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a new vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open an existing vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YouthCommands</name>
    <message>
        <source>--as-at must be a real date written as YYYY-MM-DD, for example 2026-12-07.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody on the caseload is in the youth guarantee&apos;s age band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2, %3: %4; due by %5; %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date must be a real date written as YYYY-MM-DD, for example 2026-12-07.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the plan, referrals or shortlist to propose as an offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2  %3 (%4, %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ages %1 to %2; an offer is due %n week(s) after joining the guarantee.</source>
        <translation>
            <numerusform>Ages %1 to %2; an offer is due %n week after joining the guarantee.</numerusform>
            <numerusform>Ages %1 to %2; an offer is due %n weeks after joining the guarantee.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>YouthGuarantee</name>
    <message>
        <source>The youngest age must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The oldest age must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The oldest age cannot be below the youngest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weeks to make an offer must be between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person with that id in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what was offered: a job, an apprenticeship, a training place or work experience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day the offer was made: today or a day before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the offer came from: the plan, a referral, a shortlisted vacancy or elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the plan action, referral or vacancy it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the id of a record or vacancy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not an action in this person&apos;s plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not one of this person&apos;s referrals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome is accepted, declined, or not known yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (referral)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In work, education or training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YouthGuaranteeDialog</name>
    <message>
        <source>&amp;Record an offer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth guarantee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young people in the band, overdue first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People in the band:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ave band and weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band and weeks (a setting, kept in this vault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Youngest age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ol&amp;dest age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weeks from joining to an offer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Open cases aged %1 to %2. Someone joins the guarantee on the later of the day they joined the caseload and the day they turned %1, and an offer is due by %n week(s) after that.</source>
        <translation>
            <numerusform>Open cases aged %1 to %2. Someone joins the guarantee on the later of the day they joined the caseload and the day they turned %1, and an offer is due by %n week after that.</numerusform>
            <numerusform>Open cases aged %1 to %2. Someone joins the guarantee on the later of the day they joined the caseload and the day they turned %1, and an offer is due by %n weeks after that.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody on the caseload is in the band. People appear here once their date of birth is recorded on their profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in the band: %1. Overdue for an offer: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YouthGuaranteeModel</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not yet due: %n day(s) left</source>
        <translation>
            <numerusform>Not yet due: %n day left</numerusform>
            <numerusform>Not yet due: %n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n week(s))</source>
        <translation>
            <numerusform>%1 (%n week)</numerusform>
            <numerusform>%1 (%n weeks)</numerusform>
        </translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doing now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined the guarantee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YouthTables</name>
    <message>
        <source>Youth guarantee: where the young people in the age band stand at the end of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Offline, encrypted caseload for employment support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the vault at &lt;path&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark-cli</name>
    <message>
        <source>The vault folder (or set WAYMARK_VAULT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of &lt;file&gt; (or set WAYMARK_PASSPHRASE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print data as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the key: &lt;prefix&gt;.key (secret) and &lt;prefix&gt;.pub (public).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the public key in minisign&apos;s format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A publisher&apos;s key file: the secret key, or its public key (.pub), which needs no passphrase. Without it, the vault&apos;s device key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old secret key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new secret key file (its passphrase from --new-passphrase-file or WAYMARK_NEW_PASSPHRASE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the key is changing, one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s id as listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publisher&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle&apos;s number, higher than the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day the bundle may be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vacancies file to read: vacancies.csv or a schema.org JobPosting JSON feed (one object, an array or JSON Lines).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv or jobposting (default: from the file&apos;s first character).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out invalid rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A full list; anything left out is withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the items set aside to this CSV file, to send back to the sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the ESCO release in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the built-in UK taxonomy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A form definition to sign (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign every .json form definition in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the new passphrase from the first line of &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the vault is used: work-coach, gp-practice or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s fingerprint, as its owner gave it to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name for the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds of bundle to trust the key for, e.g. vacancies,geodata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publisher&apos;s secret key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 See %2 --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number of arguments for %1. See --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do, e.g. waymark-cli person list. See --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. See waymark-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown %1 command &quot;%2&quot;. See waymark-cli %1 --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 COMMAND [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark&apos;s command line: an encrypted caseload vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each command has options of its own: %1 COMMAND --help lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, empty vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the vault&apos;s database for damage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the vault a new encryption key; the passphrase stays the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the vault&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the people on the caseload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everything recorded about one person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person to the caseload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase a person and everything about them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export one person&apos;s record to an HTML or JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the audit log is unbroken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill a vault with a synthetic caseload, for trying Waymark out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a publisher&apos;s signing key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a public key in minisign&apos;s format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a public key&apos;s id and fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign a statement that moves trust from an old key to a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust a publisher&apos;s key for some kinds of bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the trusted keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop trusting a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move trust to a new key, as a key change statement says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign vacancies from a CSV file into a bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign postcode outcode centres from a CSV file into a bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign a skills taxonomy (ESCO or the built-in one) into a bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign courses from a CSV file into a bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign form definitions into a bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a bundle&apos;s signature and import it into the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split a bundle into its signed part and a minisign signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List what imports set aside, or write it to a file for the sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a colleague&apos;s device to share caseloads with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the devices this vault shares caseloads with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what would be sent to a device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a caseload bundle encrypted for a device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the changes that clashed when caseloads were merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle one of those clashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show which skills taxonomy the vault uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an ESCO release into the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the built-in UK taxonomy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the skill and the occupation a text maps to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank vacancies for a person, people for a vacancy, or vacancies for a file of profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the forms that can be filled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a form definition file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill a form for a person and write it as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest skills and other facts found in a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people to generate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also add this many synthetic vacancies in the demo towns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed (same seed, same caseload).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who keeps the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text file to read suggestions from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat every line as its own text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The titles&apos; language: en (default) or cy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form&apos;s id, as form list shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON object of field id to answer text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF&apos;s language: en or cy (default: the person&apos;s preference).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the person&apos;s take-away summary, not the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank vacancies for this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank the people on this caseload for this vacancy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank vacancies for every profile in a profiles CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many results for each person or profile (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --profiles: the results CSV file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --profiles: print timing and memory figures on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only open or closed cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the erasure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>html (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name for the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device, as listed by sync devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this person (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the named people over to that device&apos;s owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the other device&apos;s value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How hard the passphrase is to guess by trying: moderate (default) or interactive (faster to open, for slow machines).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also check the audit heads another device kept of this one (from audit anchors there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the heads of this device, as listed by sync devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the whole vault into one encrypted backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup file into a new vault folder and check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit heads other devices&apos; bundles and receipts carried, for them to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what was understood of the open vacancies: occupations, skills and unmapped titles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read again the open vacancies not yet read for the taxonomy in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the vacancies signed by this key id (as trust list shows it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this many of the titles that mapped to nothing (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the day: appointments, overdue actions, people not contacted lately, unfinished forms, decisions waiting and new vacancies that fit someone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day to show, as YYYY-MM-DD (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List open cases not contacted for this many weeks or more (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the transparency record: what the suggestions do, the data they read and their versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the suggestions shown, accepted, changed and rejected over a period (totals only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day of the period (YYYY-MM-DD, UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day of the period (YYYY-MM-DD, UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the table to this CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a person&apos;s finished forms, numbered as they are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device is another of your own (it is sent your form drafts), not a colleague&apos;s or a practice&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the suggestions shown about one person, as shown, with the decisions taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the person disagreed with a suggestion, or with the decision on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the local partners in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a local partner of your own to the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a partner you added from the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer a person to a local partner, with their consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what came of a referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a person&apos;s referrals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an outreach session held away from the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List outreach sessions over a period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that matching, note suggestions and prefill treat people alike whatever their name, sex, age, health, religion or language (nothing is written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign a directory of local partners from a CSV file into a bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only partners whose name, address or hours hold this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only partners offering this service (its key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only partners working in this language (en, cy, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this kind of organisation (its key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only partners added on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of organisation: charity, college, library, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The services offered, as keys separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages worked in, such as en,cy (default en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the partner is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner&apos;s postcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it is open, in words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to refer someone, in words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner takes referrals without the person&apos;s consent being recorded (signposting only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partners CSV file to read (docs/outreach.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV of services to add to the built-in list: key, english, welsh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service referred to (its key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the referral (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person agreed to this referral; it is recorded as consent beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything the partner should know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not add an action to the person&apos;s plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offered, attended, started, completed, did_not_attend or declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the session was held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day it was held (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long it lasted, in hours (default: as last time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people seen for the first time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people seen before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics as keys separated by commas: cv_help, job_search, health_work, benefits_signposting, digital_skills (default: as last time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ids of people seen who are on the caseload, by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the leaflet for the person instead: what Waymark does, that a person decides, and how to ask for a decision to be looked at again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --leaflet: as a printable HTML page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --leaflet: en (default) or cy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people to check, spread over the caseload (default: everyone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many vacancies to check from the vacancy side (default: 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match without the adjustments people agreed to share, as a coach can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suggestion&apos;s id, as person suggestions lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they disagreed with: suggestion (default) or decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the person said, in a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces the referral&apos;s notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the young people in the youth guarantee&apos;s age band, overdue offers first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an offer of work, education or training made to a young person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List offers proposed from a person&apos;s plan, referrals and shortlisted vacancies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or change the youth guarantee&apos;s age band and weeks to an offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List employers: your own and those in open vacancies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an employer of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show an employer&apos;s summary, contacts and engagements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a call, visit, job fair, work trial or vacancy sourced with an employer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add someone to speak to at an employer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a person forward for a vacancy, with their consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what came of putting a person forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count outreach sessions, people seen and referrals over a period, small numbers hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this vault&apos;s counts for a period as a report bundle sealed to an admin&apos;s vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add up report bundles from many devices, then hide small numbers in the sum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The employer&apos;s id (from employer list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only employers whose name or address holds this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only employers added on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only employers with open vacancies now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The employer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the employer is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The employer&apos;s postcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything worth knowing about the employer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened: called, visited, job_fair, work_trial or vacancy_sourced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day it happened (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short note of what came of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their role, such as store manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vacancy&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person agreed to their details going to the employer for this job; it is recorded as consent beside it. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day they were put forward (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything worth keeping about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The put-forward&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put_forward, interview, started, not_selected or withdrew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day of the period, as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day of the period, as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the report, as shown (small numbers hidden), to a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admin&apos;s vault key (.pub, from key export --minisign) the report is sealed to: only that vault can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day to list as at (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job, apprenticeship, training or work_experience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the offer was made (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it came from: plan, referral, shortlist or other (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan action&apos;s or referral&apos;s id, or the shortlisted vacancy&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was offered, in a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted or declined, when known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The youngest age in the band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The oldest age in the band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks from joining the guarantee to the offer&apos;s due-by date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file of vacancy ids to withdraw, one a line (a bundle of changes; --csv is then optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field, e.g. postcode=CF10 1EP (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a record to a person&apos;s case: a job goal, work history, a skill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change fields of a record, or of a person&apos;s own details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note to a person&apos;s case and list the suggestions read from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the suggestions read from a saved note, numbered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept one suggestion from a note: it is written to the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject one suggestion from a note: nothing is written to the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note&apos;s id, as note add printed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the note says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suggestion&apos;s number, as listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value to keep instead of the one suggested (an edit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of record, e.g. work_history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record&apos;s id (a person&apos;s id for their own details).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortlist a vacancy in a person&apos;s plan, or record that it was discussed with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vacancy&apos;s id, as match lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that it was discussed with the person instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also finish the form and sign it off as the vault&apos;s owner: kept in the vault as a version that cannot change, and sent with the case when caseloads sync. --out is then optional.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
