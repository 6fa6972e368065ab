<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
<context>
    <name>AddSyncDeviceDialog</name>
    <message>
        <source>Add a device</source>
        <translation>Ychwanegu dyfais</translation>
    </message>
    <message>
        <source>Fingerprint of this device&apos;s key</source>
        <translation>Ôl bys allwedd y ddyfais hon</translation>
    </message>
    <message>
        <source>Fingerprint you were given</source>
        <translation>Ôl bys a roddwyd i chi</translation>
    </message>
    <message>
        <source>Name for this device</source>
        <translation>Enw ar gyfer y ddyfais hon</translation>
    </message>
    <message>
        <source>Who uses this device</source>
        <translation>Pwy sy&apos;n defnyddio&apos;r ddyfais hon</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Ôl bys:</translation>
    </message>
    <message>
        <source>&amp;Fingerprint you were given:</source>
        <translation>Ôl &amp;bys a roddwyd i chi:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>&amp;Used by:</source>
        <translation>&amp;Defnyddir gan:</translation>
    </message>
    <message>
        <source>&amp;Add this device</source>
        <translation>&amp;Ychwanegu&apos;r ddyfais hon</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Type the fingerprint the device&apos;s admin gave you.</source>
        <translation>Teipiwch yr ôl bys a roddodd gweinyddwr y ddyfais i chi.</translation>
    </message>
    <message>
        <source>Give the device a name, such as the practice or the colleague who uses it.</source>
        <translation>Rhowch enw i&apos;r ddyfais, fel enw&apos;r feddygfa neu&apos;r cydweithiwr sy&apos;n ei defnyddio.</translation>
    </message>
    <message>
        <source>Device %1. Type below the fingerprint the device&apos;s admin gave you by phone or in person, not by the same route as the file; Waymark checks it against the key.</source>
        <translation>Dyfais %1. Teipiwch isod yr ôl bys a roddodd gweinyddwr y ddyfais i chi dros y ffôn neu wyneb yn wyneb, nid ar yr un llwybr â&apos;r ffeil; mae Waymark yn ei wirio yn erbyn yr allwedd.</translation>
    </message>
    <message>
        <source>It is another device of &amp;mine: send it my form drafts</source>
        <translation>Mae&apos;n ddyfais arall sy&apos;n eiddo i &amp;mi: anfon fy nrafftiau ffurflenni ati</translation>
    </message>
    <message>
        <source>It is another device of mine</source>
        <translation>Mae&apos;n ddyfais arall sy&apos;n eiddo i mi</translation>
    </message>
    <message>
        <source>Form drafts go only to your own devices, never to a colleague or a practice.</source>
        <translation>Dim ond i&apos;ch dyfeisiau eich hun yr aiff drafftiau ffurflenni, byth at gydweithiwr na meddygfa.</translation>
    </message>
</context>
<context>
    <name>AddTrustedKeyDialog</name>
    <message>
        <source>Trust a key</source>
        <translation>Ymddiried mewn allwedd</translation>
    </message>
    <message>
        <source>Fingerprint of this key</source>
        <translation>Ôl bys yr allwedd hon</translation>
    </message>
    <message>
        <source>Name for this key</source>
        <translation>Enw ar gyfer yr allwedd hon</translation>
    </message>
    <message>
        <source>Fingerprint from the publisher</source>
        <translation>Ôl bys gan y cyhoeddwr</translation>
    </message>
    <message>
        <source>Trust it to sign</source>
        <translation>Ymddiried ynddi i lofnodi</translation>
    </message>
    <message>
        <source>&amp;Fingerprint you were given:</source>
        <translation>Ôl &amp;bys a roddwyd i chi:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>&amp;Trust this key</source>
        <translation>&amp;Ymddiried yn yr allwedd hon</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Key %1. Type the fingerprint the publisher or colleague gave you by phone, in person or in a letter, not by the same route as the file. This key&apos;s own fingerprint is shown only once yours matches it.</source>
        <translation>Allwedd %1. Teipiwch yr ôl bys a roddodd y cyhoeddwr neu&apos;r cydweithiwr i chi dros y ffôn, wyneb yn wyneb neu mewn llythyr, nid drwy&apos;r un llwybr â&apos;r ffeil. Dim ond ar ôl i&apos;ch un chi gyfateb y dangosir ôl bys yr allwedd hon ei hun.</translation>
    </message>
    <message>
        <source>This is the fingerprint of the key in the file:</source>
        <translation>Dyma ôl bys yr allwedd yn y ffeil:</translation>
    </message>
    <message>
        <source>This is not the fingerprint of the key in the file. Do not trust it; check with the sender by another route.</source>
        <translation>Nid dyma ôl bys yr allwedd yn y ffeil. Peidiwch ag ymddiried ynddi; holwch yr anfonwr drwy lwybr arall.</translation>
    </message>
</context>
<context>
    <name>AdvertHighlights</name>
    <message>
        <source>%1 (%2% sure)</source>
        <extracomment>A skill recognised in an advert and how sure the reading was, e.g. &quot;infection control (92% sure)&quot;</extracomment>
        <translation>%1 (%2% yn sicr)</translation>
    </message>
    <message>
        <source>This advert has not been read with the skills taxonomy in use yet, so no skills are highlighted.</source>
        <translation>Nid yw&apos;r hysbyseb hon wedi&apos;i darllen gyda&apos;r tacsonomeg sgiliau sy&apos;n cael ei defnyddio eto, felly nid oes sgiliau wedi&apos;u hamlygu.</translation>
    </message>
    <message>
        <source>No skills were recognised in this advert&apos;s text.</source>
        <translation>Ni chafodd unrhyw sgiliau eu hadnabod yn nhestun yr hysbyseb hon.</translation>
    </message>
    <message>
        <source>Recognised skills: %1.</source>
        <translation>Sgiliau a adnabuwyd: %1.</translation>
    </message>
</context>
<context>
    <name>AdvertTextView</name>
    <message>
        <source>&amp;Advert text:</source>
        <translation>Testun yr &amp;hysbyseb:</translation>
    </message>
    <message>
        <source>Advert text, with the skills recognised in it highlighted</source>
        <translation>Testun yr hysbyseb, gyda&apos;r sgiliau a adnabuwyd ynddo wedi&apos;u hamlygu</translation>
    </message>
    <message>
        <source>This vacancy came without an advert text.</source>
        <translation>Daeth y swydd wag hon heb destun hysbyseb.</translation>
    </message>
</context>
<context>
    <name>AggregateReport</name>
    <message>
        <source>Small numbers are hidden so that no one can be picked out. A count from 1 to 4 is shown as “fewer than 5” (or as “withheld”, where even that would give it away); 0 is shown, as it identifies no one. Where a total would let a hidden count be worked out by subtraction, another count in the same row or column is also hidden and shown as “withheld”, repeating until no hidden count can be worked out from the counts and totals shown. Totals under 5 are hidden too. Merged reports add the devices&apos; exact counts first and hide small numbers after.</source>
        <translation>Mae niferoedd bach wedi’u cuddio fel na ellir adnabod neb. Dangosir cyfrif o 1 i 4 fel “llai na 5” (neu fel “wedi’i ddal yn ôl”, lle byddai hyd yn oed hynny’n ei ddatgelu); dangosir 0, gan nad yw’n adnabod neb. Lle byddai cyfanswm yn gadael i rywun gyfrifo cyfrif cudd drwy dynnu, cuddir cyfrif arall yn yr un rhes neu golofn hefyd a’i ddangos fel “wedi’i ddal yn ôl”, a hynny dro ar ôl tro nes na ellir cyfrifo unrhyw gyfrif cudd o’r cyfrifon a’r cyfansymiau a ddangosir. Cuddir cyfansymiau o dan 5 hefyd. Mae adroddiadau cyfun yn adio union gyfrifon y dyfeisiau yn gyntaf ac yn cuddio niferoedd bach wedyn.</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>O %1 hyd at %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Cyfanswm</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tabl</translation>
    </message>
    <message>
        <source>row</source>
        <translation>rhes</translation>
    </message>
    <message>
        <source>column</source>
        <translation>colofn</translation>
    </message>
    <message>
        <source>count</source>
        <translation>cyfrif</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>rheol</translation>
    </message>
    <message>
        <source>Aggregate report</source>
        <translation>Adroddiad cyfanredol</translation>
    </message>
</context>
<context>
    <name>AggregateTable</name>
    <message>
        <source>fewer than 5</source>
        <translation>llai na 5</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>wedi’i ddal yn ôl</translation>
    </message>
    <message>
        <source>a table has no proper key</source>
        <translation>nid oes gan dabl allwedd briodol</translation>
    </message>
    <message>
        <source>the table %1 has labels that do not match its rows or columns</source>
        <translation>mae gan y tabl %1 labeli nad ydynt yn cyfateb i’w resi na’i golofnau</translation>
    </message>
    <message>
        <source>the table %1 has rows of different lengths</source>
        <translation>mae gan y tabl %1 resi o hydoedd gwahanol</translation>
    </message>
    <message>
        <source>the table %1 holds a negative count</source>
        <translation>mae’r tabl %1 yn cynnwys cyfrif negatif</translation>
    </message>
</context>
<context>
    <name>AuditAnchors</name>
    <message>
        <source>This is not an audit anchors file from Waymark: line %1 is not in the expected form. Export it again with &quot;waymark-cli audit anchors&quot;.</source>
        <translation>Nid ffeil angorau archwilio gan Waymark yw hon: nid yw llinell %1 yn y ffurf ddisgwyliedig. Allforiwch hi eto gyda &quot;waymark-cli audit anchors&quot;.</translation>
    </message>
    <message>
        <source>This audit anchors file is too large to be one Waymark wrote.</source>
        <translation>Mae&apos;r ffeil angorau archwilio hon yn rhy fawr i fod yn un a ysgrifennwyd gan Waymark.</translation>
    </message>
    <message>
        <source>Entry %1 is not the entry another device received on %2: this audit log has been cut or rewritten since then, from entry %1 or before.</source>
        <translation>Nid cofnod %1 yw&apos;r cofnod a gafodd dyfais arall ar %2: mae&apos;r log archwilio hwn wedi cael ei dorri neu ei ailysgrifennu ers hynny, o gofnod %1 neu cyn hynny.</translation>
    </message>
    <message numerus="yes">
        <source>The audit log has been cut: another device received entry %1 on %2, but the log now ends at entry %3, so at least %n entries are missing.</source>
        <translation>
            <numerusform>Mae&apos;r log archwilio wedi cael ei dorri: cafodd dyfais arall gofnod %1 ar %2, ond mae&apos;r log bellach yn gorffen yng nghofnod %3, felly mae o leiaf %n cofnod ar goll.</numerusform>
            <numerusform>Mae&apos;r log archwilio wedi cael ei dorri: cafodd dyfais arall gofnod %1 ar %2, ond mae&apos;r log bellach yn gorffen yng nghofnod %3, felly mae o leiaf %n cofnod ar goll.</numerusform>
            <numerusform>Mae&apos;r log archwilio wedi cael ei dorri: cafodd dyfais arall gofnod %1 ar %2, ond mae&apos;r log bellach yn gorffen yng nghofnod %3, felly mae o leiaf %n o gofnodion ar goll.</numerusform>
            <numerusform>Mae&apos;r log archwilio wedi cael ei dorri: cafodd dyfais arall gofnod %1 ar %2, ond mae&apos;r log bellach yn gorffen yng nghofnod %3, felly mae o leiaf %n o gofnodion ar goll.</numerusform>
            <numerusform>Mae&apos;r log archwilio wedi cael ei dorri: cafodd dyfais arall gofnod %1 ar %2, ond mae&apos;r log bellach yn gorffen yng nghofnod %3, felly mae o leiaf %n o gofnodion ar goll.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry %1, which another device received on %2, has been removed from the audit log.</source>
        <translation>Mae cofnod %1, a gafodd dyfais arall ar %2, wedi cael ei dynnu o&apos;r log archwilio.</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>The key that protects this vault&apos;s audit log cannot be read: the vault is damaged or has been tampered with. Contact support.</source>
        <translation>Nid oes modd darllen yr allwedd sy&apos;n diogelu log archwilio&apos;r storfa hon: mae&apos;r storfa wedi&apos;i difrodi neu mae rhywun wedi ymyrryd â hi. Cysylltwch â&apos;r tîm cymorth.</translation>
    </message>
</context>
<context>
    <name>AuditCommands</name>
    <message numerus="yes">
        <source>%n entries checked.</source>
        <translation>
            <numerusform>Gwiriwyd %n cofnod.</numerusform>
            <numerusform>Gwiriwyd %n cofnod.</numerusform>
            <numerusform>Gwiriwyd %n o gofnodion.</numerusform>
            <numerusform>Gwiriwyd %n o gofnodion.</numerusform>
            <numerusform>Gwiriwyd %n o gofnodion.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log is intact.</source>
        <translation>Mae&apos;r log archwilio yn gyfan.</translation>
    </message>
    <message>
        <source>Broken at entry %1: %2</source>
        <translation>Wedi torri yng nghofnod %1: %2</translation>
    </message>
    <message>
        <source>The audit log is broken at entry %1.</source>
        <translation>Mae&apos;r log archwilio wedi torri yng nghofnod %1.</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>Nid oedd modd darllen %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n heads kept by another device checked.</source>
        <translation>
            <numerusform>Gwiriwyd %n pen a gadwyd gan ddyfais arall.</numerusform>
            <numerusform>Gwiriwyd %n pen a gadwyd gan ddyfais arall.</numerusform>
            <numerusform>Gwiriwyd %n o bennau a gadwyd gan ddyfais arall.</numerusform>
            <numerusform>Gwiriwyd %n o bennau a gadwyd gan ddyfais arall.</numerusform>
            <numerusform>Gwiriwyd %n o bennau a gadwyd gan ddyfais arall.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no audit heads of this device: export the anchors on a device this one has sent caseload bundles or receipts to.</source>
        <translation>Nid oes gan %1 unrhyw bennau log archwilio o&apos;r ddyfais hon: allforiwch yr angorau ar ddyfais y mae&apos;r un hon wedi anfon bwndeli llwyth achosion neu dderbynebau ati.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>Nid oedd modd ysgrifennu %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n audit heads written to %1.</source>
        <translation>
            <numerusform>Ysgrifennwyd %n pen log archwilio i %1.</numerusform>
            <numerusform>Ysgrifennwyd %n pen log archwilio i %1.</numerusform>
            <numerusform>Ysgrifennwyd %n o bennau log archwilio i %1.</numerusform>
            <numerusform>Ysgrifennwyd %n o bennau log archwilio i %1.</numerusform>
            <numerusform>Ysgrifennwyd %n o bennau log archwilio i %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Entry %1 is missing.</source>
        <translation>Mae cofnod %1 ar goll.</translation>
    </message>
    <message>
        <source>Entry %1 does not follow on from the entry before it.</source>
        <translation>Nid yw cofnod %1 yn dilyn ymlaen o&apos;r cofnod o&apos;i flaen.</translation>
    </message>
    <message>
        <source>Entry %1 has been changed.</source>
        <translation>Mae cofnod %1 wedi cael ei newid.</translation>
    </message>
    <message>
        <source>Entries after %1 have been removed.</source>
        <translation>Mae&apos;r cofnodion ar ôl %1 wedi cael eu tynnu.</translation>
    </message>
    <message numerus="yes">
        <source>The audit log was cut while the vault was closed: %n entries after entry %1 were removed. Waymark found this when the vault was opened at %2.</source>
        <translation>
            <numerusform>Cafodd y log archwilio ei dorri tra oedd y storfa ar gau: cafodd %n cofnod ar ôl cofnod %1 ei dynnu. Sylwodd Waymark ar hyn pan agorwyd y storfa am %2.</numerusform>
            <numerusform>Cafodd y log archwilio ei dorri tra oedd y storfa ar gau: cafodd %n cofnod ar ôl cofnod %1 ei dynnu. Sylwodd Waymark ar hyn pan agorwyd y storfa am %2.</numerusform>
            <numerusform>Cafodd y log archwilio ei dorri tra oedd y storfa ar gau: cafodd %n o gofnodion ar ôl cofnod %1 eu tynnu. Sylwodd Waymark ar hyn pan agorwyd y storfa am %2.</numerusform>
            <numerusform>Cafodd y log archwilio ei dorri tra oedd y storfa ar gau: cafodd %n o gofnodion ar ôl cofnod %1 eu tynnu. Sylwodd Waymark ar hyn pan agorwyd y storfa am %2.</numerusform>
            <numerusform>Cafodd y log archwilio ei dorri tra oedd y storfa ar gau: cafodd %n o gofnodion ar ôl cofnod %1 eu tynnu. Sylwodd Waymark ar hyn pan agorwyd y storfa am %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log was changed while the vault was closed: it no longer ends with the entry it ended with before, so entries after entry %1 were removed or rewritten. Waymark found this when the vault was opened at %2.</source>
        <translation>Cafodd y log archwilio ei newid tra oedd y storfa ar gau: nid yw bellach yn gorffen gyda&apos;r cofnod yr oedd yn gorffen ag ef o&apos;r blaen, felly cafodd cofnodion ar ôl cofnod %1 eu tynnu neu eu hailysgrifennu. Sylwodd Waymark ar hyn pan agorwyd y storfa am %2.</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>Choose between 0 and %1 days; 0 turns the backup reminder off.</source>
        <translation>Dewiswch rhwng 0 a %1 diwrnod; mae 0 yn diffodd y nodyn atgoffa am wneud copi wrth gefn.</translation>
    </message>
</context>
<context>
    <name>BackupReminderBanner</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Gwneud copi wrth gefn nawr…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nid nawr</translation>
    </message>
    <message numerus="yes">
        <source>This vault was last backed up %n day(s) ago.</source>
        <translation>
            <numerusform>Gwnaed copi wrth gefn o&apos;r gladdgell hon %n diwrnod yn ôl.</numerusform>
            <numerusform>Gwnaed copi wrth gefn o&apos;r gladdgell hon %n diwrnod yn ôl.</numerusform>
            <numerusform>Gwnaed copi wrth gefn o&apos;r gladdgell hon %n diwrnod yn ôl.</numerusform>
            <numerusform>Gwnaed copi wrth gefn o&apos;r gladdgell hon %n diwrnod yn ôl.</numerusform>
            <numerusform>Gwnaed copi wrth gefn o&apos;r gladdgell hon %n diwrnod yn ôl.</numerusform>
        </translation>
    </message>
    <message>
        <source>This vault has not been backed up yet.</source>
        <translation>Nid oes copi wrth gefn o&apos;r gladdgell hon eto.</translation>
    </message>
</context>
<context>
    <name>BundleCommands</name>
    <message>
        <source>%1 could not be written.</source>
        <translation>Nid oedd modd ysgrifennu %1.</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>Nid oedd modd darllen %1.</translation>
    </message>
    <message>
        <source>%1 is too large to be a key.</source>
        <translation>Mae %1 yn rhy fawr i fod yn allwedd.</translation>
    </message>
    <message>
        <source>--sequence must be a whole number above 0, higher than the last one published.</source>
        <translation>Rhaid i --sequence fod yn rhif cyfan uwchlaw 0, ac yn uwch na&apos;r un diwethaf a gyhoeddwyd.</translation>
    </message>
    <message>
        <source>--expires must be a date written as yyyy-mm-dd.</source>
        <translation>Rhaid i --expires fod yn ddyddiad ar y ffurf yyyy-mm-dd.</translation>
    </message>
    <message numerus="yes">
        <source>%n vacancies signed into %1.</source>
        <translation>
            <numerusform>Mae %1 yn cynnwys %n swydd wag wedi&apos;u llofnodi.</numerusform>
            <numerusform>Mae %1 yn cynnwys %n swydd wag wedi&apos;i llofnodi.</numerusform>
            <numerusform>Mae %1 yn cynnwys %n swydd wag wedi&apos;u llofnodi.</numerusform>
            <numerusform>Mae %1 yn cynnwys %n swydd wag wedi&apos;u llofnodi.</numerusform>
            <numerusform>Mae %1 yn cynnwys %n o swyddi gwag wedi&apos;u llofnodi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid rows skipped.</source>
        <translation>
            <numerusform>Hepgorwyd %n rhes annilys.</numerusform>
            <numerusform>Hepgorwyd %n rhes annilys.</numerusform>
            <numerusform>Hepgorwyd %n o resi annilys.</numerusform>
            <numerusform>Hepgorwyd %n rhes annilys.</numerusform>
            <numerusform>Hepgorwyd %n o resi annilys.</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: latitude and longitude must be numbers.</source>
        <translation>llinell %1: rhaid i&apos;r lledred a&apos;r hydred fod yn rhifau.</translation>
    </message>
    <message numerus="yes">
        <source>%n outcodes signed into %1.</source>
        <translation>
            <numerusform>Mae %1 yn cynnwys %n cod allanol wedi&apos;u llofnodi.</numerusform>
            <numerusform>Mae %1 yn cynnwys %n cod allanol wedi&apos;i lofnodi.</numerusform>
            <numerusform>Mae %1 yn cynnwys %n o godau allanol wedi&apos;u llofnodi.</numerusform>
            <numerusform>Mae %1 yn cynnwys %n o godau allanol wedi&apos;u llofnodi.</numerusform>
            <numerusform>Mae %1 yn cynnwys %n o godau allanol wedi&apos;u llofnodi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the bundle file: bundle import FILE --vault PATH</source>
        <translation>Rhowch enw ffeil y bwndel: bundle import FILE --vault PATH</translation>
    </message>
    <message>
        <source>Name the bundle file: bundle detach FILE</source>
        <translation>Rhowch enw ffeil y bwndel: bundle detach FILE</translation>
    </message>
    <message>
        <source>Wrote %1 and %1.minisig. Check them with: minisign -V -m %1 -p PUBLIC_KEY.pub</source>
        <translation>Ysgrifennwyd %1 a %1.minisig. Gwiriwch nhw gyda: minisign -V -m %1 -p PUBLIC_KEY.pub</translation>
    </message>
    <message>
        <source>Send the receipt %1 back to the sender, so their device knows these changes arrived.</source>
        <translation>Anfonwch y dderbynneb %1 yn ôl at yr anfonwr, fel bod eu dyfais yn gwybod bod y newidiadau hyn wedi cyrraedd.</translation>
    </message>
    <message>
        <source>Say which taxonomy to sign: --esco DIR or --builtin.</source>
        <translation>Nodwch pa dacsonomeg i&apos;w llofnodi: --esco DIR neu --builtin.</translation>
    </message>
    <message>
        <source>Taxonomy (%L1 concepts, %L2 occupations) signed into %3.</source>
        <translation>Mae %3 yn cynnwys y dacsonomeg (%L1 o gysyniadau, %L2 o alwedigaethau) wedi&apos;i llofnodi.</translation>
    </message>
    <message>
        <source>line %1: a course needs an id, a title and at least one skill.</source>
        <translation>llinell %1: mae angen id, teitl ac o leiaf un sgil ar gwrs.</translation>
    </message>
    <message numerus="yes">
        <source>%n courses signed into %1.</source>
        <translation>
            <numerusform>Mae %1 yn cynnwys %n cwrs wedi&apos;u llofnodi.</numerusform>
            <numerusform>Mae %1 yn cynnwys %n cwrs wedi&apos;i lofnodi.</numerusform>
            <numerusform>Mae %1 yn cynnwys %n o gyrsiau wedi&apos;u llofnodi.</numerusform>
            <numerusform>Mae %1 yn cynnwys %n cwrs wedi&apos;u llofnodi.</numerusform>
            <numerusform>Mae %1 yn cynnwys %n o gyrsiau wedi&apos;u llofnodi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Items set aside written to %1. The file is outside the encrypted vault: send it to the sender and then delete it.</source>
        <translation>Ysgrifennwyd yr eitemau a neilltuwyd i %1. Mae&apos;r ffeil y tu allan i&apos;r storfa wedi&apos;i hamgryptio: anfonwch hi at yr anfonwr ac yna ei dileu.</translation>
    </message>
    <message>
        <source>Nothing has been set aside.</source>
        <translation>Does dim wedi&apos;i neilltuo.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>Nid yw %1 yn ffolder.</translation>
    </message>
    <message>
        <source>Name the definitions to sign: --form FILE (repeatable) or --dir DIR.</source>
        <translation>Enwch y diffiniadau i&apos;w llofnodi: --form FFEIL (gellir ei ailadrodd) neu --dir FFOLDER.</translation>
    </message>
    <message>
        <source>A forms bundle holds at most %1 definitions.</source>
        <translation>Mae bwndel ffurflenni yn dal %1 diffiniad ar y mwyaf.</translation>
    </message>
    <message>
        <source>%1 and %2 are both version %3 of the form %4.</source>
        <translation>Mae %1 a %2 ill dau yn fersiwn %3 o&apos;r ffurflen %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n form definitions signed into %1.</source>
        <translation>
            <numerusform>Llofnodwyd %n diffiniad ffurflen yn %1.</numerusform>
            <numerusform>Llofnodwyd %n diffiniad ffurflen yn %1.</numerusform>
            <numerusform>Llofnodwyd %n o ddiffiniadau ffurflen yn %1.</numerusform>
            <numerusform>Llofnodwyd %n o ddiffiniadau ffurflen yn %1.</numerusform>
            <numerusform>Llofnodwyd %n o ddiffiniadau ffurflen yn %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>--format for build-vacancies must be csv or jobposting.</source>
        <translation>Rhaid i --format ar gyfer build-vacancies fod yn csv neu jobposting.</translation>
    </message>
    <message>
        <source>The bundle file.</source>
        <translation>Ffeil y bwndel.</translation>
    </message>
    <message>
        <source>This secret key file is protected with a much cheaper passphrase cost than Waymark uses now, so a stolen copy could be opened by guessing. Make a new key with &apos;waymark-cli key generate&apos; and move trust to it with &apos;waymark-cli key rotate&apos;.</source>
        <translation>Mae&apos;r ffeil allwedd gyfrinachol hon wedi&apos;i diogelu â chost cyfrinymadrodd llawer rhatach nag y mae Waymark yn ei defnyddio nawr, felly gallai rhywun agor copi wedi&apos;i ddwyn drwy ddyfalu. Gwnewch allwedd newydd gyda &apos;waymark-cli key generate&apos; a symudwch yr ymddiriedaeth iddi gyda &apos;waymark-cli key rotate&apos;.</translation>
    </message>
    <message>
        <source>--withdraw is for a bundle of changes: a snapshot withdraws what it leaves out.</source>
        <translation>Mae --withdraw ar gyfer bwndel o newidiadau: mae ciplun yn tynnu&apos;n ôl yr hyn y mae&apos;n ei adael allan.</translation>
    </message>
    <message numerus="yes">
        <source>%n vacancies withdrawn by it.</source>
        <translation>
            <numerusform>%n swydd wag wedi&apos;u tynnu&apos;n ôl ganddo.</numerusform>
            <numerusform>%n swydd wag wedi&apos;i thynnu&apos;n ôl ganddo.</numerusform>
            <numerusform>%n swydd wag wedi&apos;u tynnu&apos;n ôl ganddo.</numerusform>
            <numerusform>%n swydd wag wedi&apos;u tynnu&apos;n ôl ganddo.</numerusform>
            <numerusform>%n swydd wag wedi&apos;u tynnu&apos;n ôl ganddo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleFile</name>
    <message>
        <source>This file has been changed since it was created, so it can&apos;t be trusted. Don&apos;t use it; ask the sender to export it again.</source>
        <translation>Mae&apos;r ffeil hon wedi cael ei newid ers iddi gael ei chreu, felly does dim modd ymddiried ynddi. Peidiwch â&apos;i defnyddio; gofynnwch i&apos;r anfonwr ei hallforio eto.</translation>
    </message>
    <message>
        <source>This file is incomplete or damaged, for example an interrupted copy. Copy it again from the source.</source>
        <translation>Mae&apos;r ffeil hon yn anghyflawn neu wedi&apos;i difrodi, er enghraifft copi a gafodd ei dorri ar ei hanner. Copïwch hi eto o&apos;r ffynhonnell.</translation>
    </message>
    <message>
        <source>vacancy list</source>
        <translation>rhestr swyddi gwag</translation>
    </message>
    <message>
        <source>caseload transfer</source>
        <translation>trosglwyddiad llwyth achosion</translation>
    </message>
    <message>
        <source>skills taxonomy</source>
        <translation>tacsonomeg sgiliau</translation>
    </message>
    <message>
        <source>form definitions</source>
        <translation>diffiniadau ffurflenni</translation>
    </message>
    <message>
        <source>course list</source>
        <translation>rhestr cyrsiau</translation>
    </message>
    <message>
        <source>postcode locations</source>
        <translation>lleoliadau codau post</translation>
    </message>
    <message>
        <source>delivery receipt</source>
        <translation>derbynneb danfon</translation>
    </message>
    <message>
        <source>key change statement</source>
        <translation>datganiad newid allwedd</translation>
    </message>
    <message>
        <source>The publisher name is too long (64 bytes at most).</source>
        <translation>Mae enw&apos;r cyhoeddwr yn rhy hir (64 beit ar y mwyaf).</translation>
    </message>
    <message>
        <source>The bundle could not be compressed.</source>
        <translation>Nid oedd modd cywasgu&apos;r bwndel.</translation>
    </message>
    <message>
        <source>The recipient&apos;s key is not a valid device key.</source>
        <translation>Nid yw allwedd y derbynnydd yn allwedd dyfais ddilys.</translation>
    </message>
    <message>
        <source>This file is larger than Waymark allows. Contact your administrator.</source>
        <translation>Mae&apos;r ffeil hon yn fwy nag y mae Waymark yn ei ganiatáu. Cysylltwch â&apos;ch gweinyddwr.</translation>
    </message>
    <message>
        <source>This isn&apos;t a Waymark bundle. Check you picked the right file.</source>
        <translation>Nid bwndel Waymark yw hwn. Gwiriwch eich bod wedi dewis y ffeil gywir.</translation>
    </message>
    <message>
        <source>This file was made by a newer version of Waymark. Update Waymark, then try again.</source>
        <translation>Cafodd y ffeil hon ei chreu gan fersiwn mwy diweddar o Waymark. Diweddarwch Waymark, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>This bundle holds a kind of data this version of Waymark does not know. Update Waymark.</source>
        <translation>Mae&apos;r bwndel hwn yn cynnwys math o ddata nad yw&apos;r fersiwn hwn o Waymark yn ei adnabod. Diweddarwch Waymark.</translation>
    </message>
    <message>
        <source>This file wasn&apos;t made by a device or publisher this vault trusts for %1 (key %2). Ask your administrator.</source>
        <translation>Ni chafodd y ffeil hon ei gwneud gan ddyfais na chyhoeddwr y mae&apos;r storfa hon yn ymddiried ynddynt ar gyfer %1 (allwedd %2). Gofynnwch i&apos;ch gweinyddwr.</translation>
    </message>
    <message>
        <source>This file expired on %1. Ask the sender for a new one.</source>
        <translation>Daeth y ffeil hon i ben ar %1. Gofynnwch i&apos;r anfonwr am un newydd.</translation>
    </message>
    <message>
        <source>This file&apos;s date is in the future. Check this computer&apos;s date and time settings.</source>
        <translation>Mae dyddiad y ffeil hon yn y dyfodol. Gwiriwch osodiadau dyddiad ac amser y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>The file&apos;s contents couldn&apos;t be read. Nothing was changed; ask the sender to export it again.</source>
        <translation>Nid oedd modd darllen cynnwys y ffeil. Ni chafodd dim ei newid; gofynnwch i&apos;r anfonwr ei hallforio eto.</translation>
    </message>
    <message>
        <source>This file was made for a different device and can&apos;t be opened here.</source>
        <translation>Cafodd y ffeil hon ei gwneud ar gyfer dyfais arall, ac nid oes modd ei hagor yma.</translation>
    </message>
    <message>
        <source>This file wasn&apos;t made by a device or publisher this vault trusts for %1. It names the key %2 with the fingerprint %3. If the publisher gave you that fingerprint, an administrator can trust the key; otherwise do not.</source>
        <translation>Ni wnaed y ffeil hon gan ddyfais na chyhoeddwr y mae&apos;r gladdgell hon yn ymddiried ynddynt ar gyfer %1. Mae&apos;n enwi&apos;r allwedd %2 gyda&apos;r olion bysedd %3. Os rhoddodd y cyhoeddwr yr olion bysedd hynny i chi, gall gweinyddwr ymddiried yn yr allwedd; fel arall, peidiwch.</translation>
    </message>
    <message>
        <source>local partners</source>
        <translation>partneriaid lleol</translation>
    </message>
    <message>
        <source>aggregate report</source>
        <translation>adroddiad cyfanredol</translation>
    </message>
</context>
<context>
    <name>BundleImporter</name>
    <message>
        <source>Imported a %1 from %2 (number %3).</source>
        <translation>Mewnforiwyd %1 (cyhoeddwr: %2, rhif %3).</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Ychwanegwyd: %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Newidiwyd: %1</translation>
    </message>
    <message>
        <source>Withdrawn: %1</source>
        <translation>Tynnwyd yn ôl: %1</translation>
    </message>
    <message>
        <source>Expired: %1</source>
        <translation>Wedi dod i ben: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Gwrthodwyd: %1</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Nid oes ffeil yn %1.</translation>
    </message>
    <message>
        <source>This file is larger than Waymark allows. Contact your administrator.</source>
        <translation>Mae&apos;r ffeil hon yn fwy nag y mae Waymark yn ei ganiatáu. Cysylltwch â&apos;ch gweinyddwr.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Nid oedd modd darllen y ffeil.</translation>
    </message>
    <message>
        <source>You&apos;ve already imported this file on %1. Nothing was changed.</source>
        <translation>Rydych eisoes wedi mewnforio&apos;r ffeil hon ar %1. Ni chafodd dim ei newid.</translation>
    </message>
    <message>
        <source>This file (number %1) is not newer than the last one imported from %2 (number %3). Nothing was changed.</source>
        <translation>Nid yw&apos;r ffeil hon (rhif %1) yn fwy diweddar na&apos;r un ddiwethaf a fewnforiwyd gan y cyhoeddwr %2 (rhif %3). Ni chafodd dim ei newid.</translation>
    </message>
    <message>
        <source>This is a %1, not a %2. Use the matching import option.</source>
        <translation>Math y ffeil hon yw %1, nid %2. Defnyddiwch yr opsiwn mewnforio cyfatebol.</translation>
    </message>
    <message>
        <source>This vault cannot import a %1 yet.</source>
        <translation>Ni all y storfa hon fewnforio %1 eto.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>Cafodd y mewnforio ei ganslo. Ni chafodd dim ei newid.</translation>
    </message>
    <message>
        <source>Conflicts to resolve: %1</source>
        <translation>Gwrthdaro i&apos;w ddatrys: %1</translation>
    </message>
    <message>
        <source>This file&apos;s number (%1) is larger than Waymark accepts. Nothing was changed. Ask the publisher to check how they number their files.</source>
        <translation>Mae rhif y ffeil hon (%1) yn fwy nag y mae Waymark yn ei dderbyn. Ni newidiwyd dim. Gofynnwch i&apos;r cyhoeddwr wirio sut mae&apos;n rhifo ei ffeiliau.</translation>
    </message>
    <message>
        <source>This %1 is not encrypted for this device, and Waymark accepts it only encrypted. Nothing was changed. Ask the sender to export it again for this device.</source>
        <translation>Nid yw&apos;r %1 hwn wedi&apos;i amgryptio ar gyfer y ddyfais hon, a dim ond wedi&apos;i amgryptio y mae Waymark yn ei dderbyn. Ni newidiwyd dim. Gofynnwch i&apos;r anfonwr ei allforio eto ar gyfer y ddyfais hon.</translation>
    </message>
    <message>
        <source>You had already imported this %1 from %2 on %3. Nothing was changed; only its receipt is written again.</source>
        <translation>Roeddech chi eisoes wedi mewnforio&apos;r %1 hwn gan %2 ar %3. Ni newidiwyd dim; dim ond ei dderbynneb sy&apos;n cael ei hysgrifennu eto.</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Closed</source>
        <translation>Ar gau</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ar agor</translation>
    </message>
    <message>
        <source>Known as %1</source>
        <translation>Enw dewisol: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>NI number</source>
        <translation>Rhif YG</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Cod post</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Apwyntiad nesaf</translation>
    </message>
</context>
<context>
    <name>CaseloadBundle</name>
    <message>
        <source>unknown kind of record %1</source>
        <translation>math anhysbys o gofnod %1</translation>
    </message>
    <message>
        <source>a record without an id</source>
        <translation>cofnod heb id</translation>
    </message>
    <message>
        <source>%1 is not a field of %2</source>
        <translation>nid yw %1 yn faes yn yr adran %2</translation>
    </message>
    <message>
        <source>a change without a valid time stamp</source>
        <translation>newid heb stamp amser dilys</translation>
    </message>
    <message>
        <source>the record does not match the one held here</source>
        <translation>nid yw&apos;r cofnod yn cyfateb i&apos;r un a gedwir yma</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>Cafodd y mewnforio ei ganslo. Ni chafodd dim ei newid.</translation>
    </message>
    <message>
        <source>People erased here, as on the device that sent this: %1</source>
        <translation>Pobl a ddilëwyd yma, fel ar y ddyfais a anfonodd hwn: %1</translation>
    </message>
    <message>
        <source>Records skipped, about people erased on a device: %1</source>
        <translation>Cofnodion a hepgorwyd, am bobl a ddilëwyd ar ddyfais: %1</translation>
    </message>
    <message>
        <source>an erasure without a person</source>
        <translation>dilead heb berson</translation>
    </message>
    <message>
        <source>a change stamped more than a day ahead of this device&apos;s clock</source>
        <translation>newid â stamp amser fwy na diwrnod o flaen cloc y ddyfais hon</translation>
    </message>
    <message>
        <source>a note already held here cannot be changed or removed by another device; both versions are kept</source>
        <translation>ni all dyfais arall newid na dileu nodyn sydd eisoes yma; cedwir y ddwy fersiwn</translation>
    </message>
    <message>
        <source>a consent record already held here cannot be changed or removed by another device; both versions are kept</source>
        <translation>ni all dyfais arall newid na dileu cofnod caniatâd sydd eisoes yma; cedwir y ddwy fersiwn</translation>
    </message>
    <message>
        <source>The bundle&apos;s record of its sender&apos;s audit log is malformed.</source>
        <translation>Mae cofnod y bwndel o log archwilio ei anfonwr wedi&apos;i gamffurfio.</translation>
    </message>
    <message>
        <source>The bundle was not imported, because a form in it cannot be taken here: %1. Nothing was changed.</source>
        <translation>Ni fewnforiwyd y bwndel, am na ellir derbyn ffurflen sydd ynddo yma: %1. Ni chafodd dim ei newid.</translation>
    </message>
    <message>
        <source>this vault cannot check forms</source>
        <translation>ni all y storfa hon wirio ffurflenni</translation>
    </message>
    <message>
        <source>finished form %1</source>
        <translation>ffurflen orffenedig %1</translation>
    </message>
    <message>
        <source>draft %1</source>
        <translation>drafft %1</translation>
    </message>
    <message>
        <source>%1 has no id, person or form</source>
        <translation>nid oes gan %1 ddynodydd, unigolyn na ffurflen</translation>
    </message>
    <message>
        <source>%1 is in the bundle twice</source>
        <translation>mae %1 yn y bwndel ddwywaith</translation>
    </message>
    <message>
        <source>%1 has no valid signer, signing time or device counter</source>
        <translation>nid oes gan %1 lofnodwr, amser llofnodi na rhifydd dyfais dilys</translation>
    </message>
    <message>
        <source>Form drafts left out, because the device that sent them is not marked as one of yours: %1</source>
        <translation>Drafftiau ffurflenni a hepgorwyd, am nad yw&apos;r ddyfais a&apos;u hanfonodd wedi&apos;i nodi fel un o&apos;ch rhai chi: %1</translation>
    </message>
    <message>
        <source>Forms skipped, about people erased on a device: %1</source>
        <translation>Ffurflenni a hepgorwyd, am bobl a ddilëwyd ar ddyfais: %1</translation>
    </message>
    <message>
        <source>a finished form already held here cannot be changed by another device; both versions are kept</source>
        <translation>ni all dyfais arall newid ffurflen orffenedig sydd eisoes yma; cedwir y ddwy fersiwn</translation>
    </message>
    <message>
        <source>a finished form claims the device and counter of another one held here; both are kept</source>
        <translation>mae ffurflen orffenedig yn hawlio dyfais a rhifydd un arall sydd yma; cedwir y ddwy</translation>
    </message>
    <message>
        <source>the draft does not match the one held here</source>
        <translation>nid yw&apos;r drafft yn cyfateb i&apos;r un sydd yma</translation>
    </message>
</context>
<context>
    <name>CaseloadPanel</name>
    <message>
        <source>Search by name, NI number or postcode</source>
        <translation>Chwilio yn ôl enw, rhif YG neu god post</translation>
    </message>
    <message>
        <source>Search the caseload</source>
        <translation>Chwilio&apos;r llwyth achosion</translation>
    </message>
    <message>
        <source>Show cases</source>
        <translation>Dangos achosion</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Achosion agored</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Achosion wedi&apos;u cau</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Pob achos</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Apwyntiad nesaf</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Unrhyw bryd</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heddiw</translation>
    </message>
    <message>
        <source>Within 7 days</source>
        <translation>O fewn 7 diwrnod</translation>
    </message>
    <message>
        <source>Within 14 days</source>
        <translation>O fewn 14 diwrnod</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Llwyth achosion</translation>
    </message>
    <message>
        <source>There is nobody in this caseload yet. Add a %1 to get started.</source>
        <translation>Does neb yn y llwyth achosion hwn eto. I ddechrau, dewiswch Ychwanegu %1.</translation>
    </message>
    <message>
        <source>&amp;Add a %1</source>
        <translation>&amp;Ychwanegu %1</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Perchennog:</translation>
    </message>
    <message>
        <source>Appointment &amp;due:</source>
        <translation>&amp;Apwyntiad yn ddyledus:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Pawb</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n</source>
        <translation>
            <numerusform>Yn dangos %1 o %n</numerusform>
            <numerusform>Yn dangos %1 o %n</numerusform>
            <numerusform>Yn dangos %1 o %n</numerusform>
            <numerusform>Yn dangos %1 o %n</numerusform>
            <numerusform>Yn dangos %1 o %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Clirio&apos;r chwiliad</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>&amp;Dangos:</translation>
    </message>
</context>
<context>
    <name>CaseloadSync</name>
    <message>
        <source>This vault does not know a device %1. Add it under Sync, Devices.</source>
        <translation>Nid yw&apos;r storfa hon yn adnabod dyfais %1. Ychwanegwch hi o dan Cysoni, Dyfeisiau.</translation>
    </message>
    <message>
        <source>Choose the people to hand over.</source>
        <translation>Dewiswch y bobl i&apos;w trosglwyddo.</translation>
    </message>
    <message>
        <source>That conflict has already been resolved.</source>
        <translation>Mae&apos;r gwrthdaro hwnnw eisoes wedi&apos;i ddatrys.</translation>
    </message>
    <message>
        <source>Erasure of a person</source>
        <translation>Dileu unigolyn</translation>
    </message>
    <message>
        <source>Erasure of everything about them</source>
        <translation>Dileu popeth a gedwir amdanynt</translation>
    </message>
    <message>
        <source>A device of your own has the same setting as this vault (%1). Choose that setting, or do not mark the device as yours.</source>
        <translation>Mae gan ddyfais sy&apos;n eiddo i chi yr un gosodiad â&apos;r storfa hon (%1). Dewiswch y gosodiad hwnnw, neu peidiwch â nodi mai eich dyfais chi yw hi.</translation>
    </message>
    <message>
        <source>Finished forms</source>
        <translation>Ffurflenni gorffenedig</translation>
    </message>
    <message>
        <source>Form drafts</source>
        <translation>Drafftiau ffurflenni</translation>
    </message>
    <message>
        <source>That draft has been finished or discarded, so the other answer cannot be used.</source>
        <translation>Mae&apos;r drafft hwnnw wedi&apos;i orffen neu ei daflu, felly ni ellir defnyddio&apos;r ateb arall.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Cyfrinymadrodd &amp;presennol:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>Cyfrinymadrodd &amp;newydd:</translation>
    </message>
    <message>
        <source>New passphrase &amp;again:</source>
        <translation>Cyfrinymadrodd newydd &amp;eto:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Choose a stronger new passphrase: a few unrelated words work well.</source>
        <translation>Dewiswch gyfrinymadrodd newydd cryfach: mae ychydig o eiriau digyswllt yn gweithio&apos;n dda.</translation>
    </message>
    <message>
        <source>The two new passphrases are different. Type the same passphrase twice.</source>
        <translation>Mae&apos;r ddau gyfrinymadrodd newydd yn wahanol. Teipiwch yr un cyfrinymadrodd ddwywaith.</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>Ne&amp;wid y cyfrinymadrodd</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Passphrase:</source>
        <translation>Cyfrinymadrodd:</translation>
    </message>
    <message>
        <source>Passphrase again:</source>
        <translation>Cyfrinymadrodd eto:</translation>
    </message>
    <message>
        <source>Say which vault to use with --vault PATH or WAYMARK_VAULT.</source>
        <translation>Nodwch pa storfa i&apos;w defnyddio gyda --vault PATH neu WAYMARK_VAULT.</translation>
    </message>
    <message>
        <source>%1 is not a Waymark vault.</source>
        <translation>Nid yw %1 yn storfa Waymark.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This command needs --%1.</source>
        <translation>Mae angen --%1 ar y gorchymyn hwn.</translation>
    </message>
    <message>
        <source>Warning: this vault&apos;s passphrase is protected by a cheaper key derivation than Waymark now uses, so a stolen copy is easier to break. Run waymark-cli vault passphrase (or vault rekey, which keeps the passphrase) to strengthen it.</source>
        <translation>Rhybudd: mae cyfrinymadrodd y storfa hon wedi&apos;i ddiogelu gan ddeillio allwedd rhatach nag y mae Waymark yn ei ddefnyddio bellach, felly mae&apos;n haws torri copi wedi&apos;i ddwyn. Rhedwch waymark-cli vault passphrase (neu vault rekey, sy&apos;n cadw&apos;r cyfrinymadrodd) i&apos;w gryfhau.</translation>
    </message>
    <message>
        <source>There is no space left on the disk, so changes can&apos;t be saved. Reading works; free some space to save again.</source>
        <translation>Does dim lle ar ôl ar y ddisg, felly does dim modd cadw newidiadau. Mae darllen yn gweithio; rhyddhewch rywfaint o le i gadw eto.</translation>
    </message>
    <message>
        <source>That passphrase is too weak: it is rated “%1”. %2 Nothing was created or changed.</source>
        <translation>Mae’r cyfrinymadrodd hwnnw’n rhy wan: mae wedi’i raddio’n “%1”. %2 Ni chafodd dim ei greu na’i newid.</translation>
    </message>
    <message>
        <source>--set needs field=value, for example --set postcode=&quot;CF10 1EP&quot;.</source>
        <translation>Mae angen field=value ar --set, er enghraifft --set postcode=&quot;CF10 1EP&quot;.</translation>
    </message>
</context>
<context>
    <name>ConceptField</name>
    <message>
        <source>Not in the taxonomy in use (a skill chosen from another one)</source>
        <translation>Nid yw yn y dacsonomeg sy&apos;n cael ei defnyddio (sgil a ddewiswyd o un arall)</translation>
    </message>
    <message>
        <source>%1 (found by its name)</source>
        <translation>%1 (wedi&apos;i ganfod wrth ei enw)</translation>
    </message>
    <message>
        <source>Not in the taxonomy</source>
        <translation>Nid yw yn y dacsonomeg</translation>
    </message>
    <message>
        <source>Looked up by its name when matching</source>
        <translation>Caiff ei chwilio wrth ei enw wrth baru</translation>
    </message>
    <message>
        <source>Not in the taxonomy: matched by its words only</source>
        <translation>Nid yw yn y dacsonomeg: caiff ei baru wrth ei eiriau yn unig</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a skill in the taxonomy and how it was found</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (chosen before)</source>
        <translation>%1 (a ddewiswyd o&apos;r blaen)</translation>
    </message>
    <message>
        <source>The taxonomy is not open, so this skill has not been looked up.</source>
        <translation>Nid yw&apos;r dacsonomeg ar agor, felly nid yw&apos;r sgil hon wedi&apos;i chwilio.</translation>
    </message>
    <message>
        <source>Matching uses the taxonomy skill chosen: %1.</source>
        <translation>Mae paru&apos;n defnyddio&apos;r sgil a ddewiswyd o&apos;r dacsonomeg: %1.</translation>
    </message>
    <message>
        <source>Type the skill first; it is looked up in the taxonomy as you type.</source>
        <translation>Teipiwch y sgil yn gyntaf; caiff ei chwilio yn y dacsonomeg wrth i chi deipio.</translation>
    </message>
    <message>
        <source>Found in the taxonomy as “%1” (%2).</source>
        <translation>Wedi&apos;i chanfod yn y dacsonomeg fel “%1” (%2).</translation>
    </message>
    <message>
        <source>“%1” is not in the taxonomy, so matching compares its words only. If one of the skills in the list means the same, choose it.</source>
        <translation>Nid yw “%1” yn y dacsonomeg, felly mae paru&apos;n cymharu ei geiriau yn unig. Os yw un o&apos;r sgiliau yn y rhestr yn golygu&apos;r un peth, dewiswch hi.</translation>
    </message>
    <message>
        <source>“%1” is not in the taxonomy and nothing close was found, so matching compares its words only.</source>
        <translation>Nid yw “%1” yn y dacsonomeg ac ni chanfuwyd dim byd tebyg, felly mae paru&apos;n cymharu ei geiriau yn unig.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>&amp;Keep this value</source>
        <translation>&amp;Cadw&apos;r gwerth hwn</translation>
    </message>
    <message>
        <source>&amp;Use the other value</source>
        <translation>&amp;Defnyddio&apos;r gwerth arall</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Gwrthdaro</translation>
    </message>
    <message>
        <source>Changes made on two devices</source>
        <translation>Newidiadau a wnaed ar ddwy ddyfais</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Adran</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Maes</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>Gwerth a gadwyd</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Gwerth arall</translation>
    </message>
    <message>
        <source>Other value from</source>
        <translation>Ffynhonnell y gwerth arall</translation>
    </message>
    <message>
        <source>Changed there</source>
        <translation>Newidiwyd yno</translation>
    </message>
    <message>
        <source>Keep the value kept</source>
        <translation>Cadw&apos;r gwerth a gadwyd</translation>
    </message>
    <message>
        <source>Use the other value</source>
        <translation>Defnyddio&apos;r gwerth arall</translation>
    </message>
    <message>
        <source>These fields were changed on this device and on another before they synced. The newer change was kept; check each one and keep it or use the other value.</source>
        <translation>Cafodd y meysydd hyn eu newid ar y ddyfais hon ac ar ddyfais arall cyn iddynt gael eu cysoni. Cadwyd y newid mwyaf diweddar; gwiriwch bob un a dewis ei gadw neu ddefnyddio&apos;r gwerth arall.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>There are no conflicts to settle.</source>
        <translation>Nid oes dim gwrthdaro i&apos;w ddatrys.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to settle.</source>
        <translation>
            <numerusform>%n gwrthdaro i&apos;w ddatrys.</numerusform>
            <numerusform>%n gwrthdaro i&apos;w ddatrys.</numerusform>
            <numerusform>%n gwrthdaro i&apos;w ddatrys.</numerusform>
            <numerusform>%n gwrthdaro i&apos;w ddatrys.</numerusform>
            <numerusform>%n gwrthdaro i&apos;w ddatrys.</numerusform>
        </translation>
    </message>
    <message>
        <source>Form draft</source>
        <translation>Drafft ffurflen</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Add a contact</source>
        <translation>Ychwanegu cyswllt</translation>
    </message>
    <message>
        <source>Someone to speak to at %1.</source>
        <translation>Rhywun i siarad ag ef neu hi yn %1.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôl:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Ffôn:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>E-&amp;bost:</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Ychwanegu</translation>
    </message>
</context>
<context>
    <name>CoursesBundle</name>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>Cafodd y mewnforio ei ganslo. Ni chafodd dim ei newid.</translation>
    </message>
    <message>
        <source>a course needs an id and a title</source>
        <translation>mae angen id a theitl ar gwrs</translation>
    </message>
    <message>
        <source>the course id %1 appears twice</source>
        <translation>mae&apos;r id cwrs %1 yn ymddangos ddwywaith</translation>
    </message>
    <message>
        <source>the course teaches no skills</source>
        <translation>nid yw&apos;r cwrs yn addysgu unrhyw sgiliau</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>Vault name</source>
        <translation>Enw&apos;r storfa</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ffolder</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Cyfrinymadrodd eto</translation>
    </message>
    <message>
        <source>Create a vault</source>
        <translation>Creu storfa</translation>
    </message>
    <message>
        <source>My caseload</source>
        <translation>Fy llwyth achosion</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <source>Who is this vault for?</source>
        <translation>Ar gyfer pwy mae&apos;r storfa hon?</translation>
    </message>
    <message>
        <source>A &amp;work coach: the people are claimants</source>
        <translation>&amp;Anogwr gwaith: hawlwyr yw&apos;r bobl</translation>
    </message>
    <message>
        <source>A &amp;GP practice: the people are patients</source>
        <translation>&amp;Meddygfa: cleifion yw&apos;r bobl</translation>
    </message>
    <message>
        <source>An a&amp;dmin who manages bundles and keys</source>
        <translation>&amp;Gweinyddwr sy&apos;n rheoli bwndeli ac allweddi</translation>
    </message>
    <message>
        <source>Vault &amp;name:</source>
        <translation>&amp;Enw&apos;r storfa:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ffolder:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>Eich e&amp;nw:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <source>Passphrase &amp;again:</source>
        <translation>Cyfrinymadrodd e&amp;to:</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>C&amp;reu&apos;r storfa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>The vault is encrypted with your passphrase. Nobody, including support, can open it without the passphrase, so choose one you will remember.</source>
        <translation>Mae&apos;r storfa wedi&apos;i hamgryptio gyda&apos;ch cyfrinymadrodd. Ni all neb, gan gynnwys y tîm cymorth, ei hagor heb y cyfrinymadrodd, felly dewiswch un y byddwch yn ei gofio.</translation>
    </message>
    <message>
        <source>Choose where to keep the vault</source>
        <translation>Dewiswch ble i gadw&apos;r storfa</translation>
    </message>
    <message>
        <source>Enter a name for the vault, without / \ : * ? &quot; &lt; &gt; or |.</source>
        <translation>Rhowch enw ar gyfer y storfa, heb / \ : * ? &quot; &lt; &gt; na |.</translation>
    </message>
    <message>
        <source>Choose a stronger passphrase: a few unrelated words work well.</source>
        <translation>Dewiswch gyfrinymadrodd cryfach: mae ychydig o eiriau digyswllt yn gweithio&apos;n dda.</translation>
    </message>
    <message>
        <source>The two passphrases are different. Type the same passphrase twice.</source>
        <translation>Mae&apos;r ddau gyfrinymadrodd yn wahanol. Teipiwch yr un cyfrinymadrodd ddwywaith.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Nid oedd modd darllen y ffeil: %1</translation>
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>Cafodd darllen y ffeil ei ganslo.</translation>
    </message>
    <message>
        <source>Line %1: field %2 is larger than %3 MiB, the most this reader accepts.</source>
        <translation>Llinell %1: mae maes %2 yn fwy na %3 MiB, sef yr uchafswm y mae&apos;r darllenydd hwn yn ei dderbyn.</translation>
    </message>
    <message>
        <source>Line %1: the record has more than %2 fields.</source>
        <translation>Llinell %1: mae mwy na %2 o feysydd yn y cofnod.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed: the file ends before its closing quote.</source>
        <translation>Llinell %1: nid yw maes mewn dyfynodau wedi&apos;i gau: mae&apos;r ffeil yn dod i ben cyn y dyfynnod cau.</translation>
    </message>
    <message>
        <source>Line %1: field %2 has characters after its closing quote. A quote inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation>Llinell %1: mae nodau ar ôl dyfynnod cau maes %2. Rhaid dyblu dyfynnod sydd y tu mewn i faes mewn dyfynodau (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Line %1: field %2 has a quote but does not start with one. Put the whole field in quotes and double the quotes inside it.</source>
        <translation>Llinell %1: mae dyfynnod ym maes %2 ond nid yw&apos;r maes yn dechrau ag un. Rhowch y maes cyfan mewn dyfynodau a dyblwch y dyfynodau sydd y tu mewn iddo.</translation>
    </message>
    <message>
        <source>Line %1: field %2 is not valid UTF-8 text.</source>
        <translation>Llinell %1: nid yw maes %2 yn destun UTF-8 dilys.</translation>
    </message>
    <message>
        <source>Line %1: this record has %2 fields but the header has %3.</source>
        <translation>Llinell %1: mae %2 o feysydd yn y cofnod hwn ond %3 yn y pennawd.</translation>
    </message>
    <message>
        <source>Line %1: the file has more than %2 records, the most this reader accepts.</source>
        <translation>Llinell %1: mae mwy na %2 o gofnodion yn y ffeil, sef yr uchafswm y mae&apos;r darllenydd hwn yn ei dderbyn.</translation>
    </message>
    <message>
        <source>Line %1: the record is larger than %2 MiB, the most this reader accepts.</source>
        <translation>Llinell %1: mae&apos;r cofnod yn fwy na %2 MiB, sef yr uchafswm y mae&apos;r darllenydd hwn yn ei dderbyn.</translation>
    </message>
    <message>
        <source>The file is empty: it should start with a header row.</source>
        <translation>Mae&apos;r ffeil yn wag: dylai ddechrau â rhes pennawd.</translation>
    </message>
    <message>
        <source>The file is empty: it should start with a header row naming the columns %1.</source>
        <translation>Mae&apos;r ffeil yn wag: dylai ddechrau â rhes pennawd sy&apos;n enwi&apos;r colofnau %1.</translation>
    </message>
    <message>
        <source>Line %1: the header names the column “%2” more than once.</source>
        <translation>Llinell %1: mae&apos;r pennawd yn enwi&apos;r golofn “%2” fwy nag unwaith.</translation>
    </message>
    <message>
        <source>Line %1: the header lacks the required column “%2”.</source>
        <translation>Llinell %1: nid yw&apos;r golofn ofynnol “%2” yn y pennawd.</translation>
    </message>
    <message>
        <source>Line %1: the header lacks the required columns %2.</source>
        <translation>Llinell %1: nid yw&apos;r colofnau gofynnol %2 yn y pennawd.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Nid oedd modd ysgrifennu&apos;r ffeil: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Nid oedd modd ysgrifennu %1: %2</translation>
    </message>
</context>
<context>
    <name>DamageScan</name>
    <message>
        <source>The vault is damaged: its %1 table can&apos;t be read.</source>
        <translation>Mae&apos;r storfa wedi&apos;i difrodi: does dim modd darllen ei thabl %1.</translation>
    </message>
    <message>
        <source>The vault is damaged: the index %1 of its %2 table can&apos;t be read.</source>
        <translation>Mae&apos;r storfa wedi&apos;i difrodi: does dim modd darllen mynegai %1 ei thabl %2.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>This vault&apos;s database is not encrypted. Waymark will not open it; contact support.</source>
        <translation>Nid yw cronfa ddata&apos;r storfa hon wedi&apos;i hamgryptio. Ni fydd Waymark yn ei hagor; cysylltwch â&apos;r tîm cymorth.</translation>
    </message>
    <message>
        <source>The caseload database could not be opened.</source>
        <translation>Nid oedd modd agor cronfa ddata&apos;r llwyth achosion.</translation>
    </message>
    <message>
        <source>The encryption library refused the key.</source>
        <translation>Gwrthododd y llyfrgell amgryptio yr allwedd.</translation>
    </message>
    <message>
        <source>The encryption settings could not be applied.</source>
        <translation>Nid oedd modd rhoi&apos;r gosodiadau amgryptio ar waith.</translation>
    </message>
    <message>
        <source>Waymark was built without its encryption library, so it will not open a vault.</source>
        <translation>Cafodd Waymark ei adeiladu heb ei lyfrgell amgryptio, felly ni fydd yn agor storfa.</translation>
    </message>
    <message>
        <source>There is no space left on the disk. Nothing was saved; free some space and try again.</source>
        <translation>Does dim lle ar ôl ar y ddisg. Ni chafodd dim ei gadw; rhyddhewch rywfaint o le a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The vault is busy in another window or program. Try again in a moment.</source>
        <translation>Mae&apos;r storfa&apos;n brysur mewn ffenestr neu raglen arall. Rhowch gynnig arall arni mewn munud.</translation>
    </message>
    <message>
        <source>Your caseload data is damaged. Don&apos;t delete anything; contact support, who can restore your most recent backup.</source>
        <translation>Mae data eich llwyth achosion wedi&apos;i ddifrodi. Peidiwch â dileu dim; cysylltwch â&apos;r tîm cymorth, a all adfer eich copi wrth gefn diweddaraf.</translation>
    </message>
    <message>
        <source>The vault could not be read or written. Check the disk and try again.</source>
        <translation>Nid oedd modd darllen y storfa nac ysgrifennu iddi. Gwiriwch y ddisg a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>That change is not allowed.</source>
        <translation>Nid yw&apos;r newid hwnnw&apos;n cael ei ganiatáu.</translation>
    </message>
    <message>
        <source>An unexpected database error happened (code %1). Nothing was changed.</source>
        <translation>Digwyddodd gwall annisgwyl yn y gronfa ddata (cod %1). Ni chafodd dim ei newid.</translation>
    </message>
    <message>
        <source>The caseload database in this vault is empty: its data has been lost or damaged. Don&apos;t delete anything; contact support, who can restore your most recent backup.</source>
        <translation>Mae cronfa ddata&apos;r llwyth achosion yn y storfa hon yn wag: mae ei data wedi&apos;i golli neu ei ddifrodi. Peidiwch â dileu dim; cysylltwch â&apos;r tîm cymorth, a all adfer eich copi wrth gefn diweddaraf.</translation>
    </message>
    <message>
        <source>The caseload database is missing from this vault. Don&apos;t create a new vault in its place; contact support, who can restore your most recent backup.</source>
        <translation>Mae cronfa ddata&apos;r llwyth achosion ar goll o&apos;r storfa hon. Peidiwch â chreu storfa newydd yn ei lle; cysylltwch â&apos;r tîm cymorth, a all adfer eich copi wrth gefn diweddaraf.</translation>
    </message>
    <message>
        <source>The copy was stopped before it finished.</source>
        <translation>Cafodd y copïo ei atal cyn iddo orffen.</translation>
    </message>
    <message>
        <source>The vault is damaged: its %1 table can&apos;t be read. Don&apos;t delete anything; contact support, who can restore your most recent backup.</source>
        <translation>Mae&apos;r storfa wedi&apos;i difrodi: does dim modd darllen ei thabl %1. Peidiwch â dileu dim; cysylltwch â&apos;r tîm cymorth, a all adfer eich copi wrth gefn diweddaraf.</translation>
    </message>
</context>
<context>
    <name>DayDigest</name>
    <message>
        <source>Give the day to show as a date.</source>
        <translation>Rhowch ddyddiad ar gyfer y diwrnod i&apos;w ddangos.</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Apwyntiad</translation>
    </message>
    <message>
        <source>Appointment: %1</source>
        <translation>Apwyntiad: %1</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Yn hwyr: %1</translation>
    </message>
    <message>
        <source>Last contact: a note</source>
        <translation>Cyswllt diwethaf: nodyn</translation>
    </message>
    <message>
        <source>Last contact: an attended appointment</source>
        <translation>Cyswllt diwethaf: apwyntiad a fynychwyd</translation>
    </message>
    <message>
        <source>No note or attended appointment since they were added</source>
        <translation>Dim nodyn nac apwyntiad a fynychwyd ers iddynt gael eu hychwanegu</translation>
    </message>
    <message>
        <source>Form not finished: %1</source>
        <translation>Ffurflen heb ei gorffen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from another device to decide</source>
        <translation>
            <numerusform>%n newid o ddyfais arall i benderfynu arno</numerusform>
            <numerusform>%n newid o ddyfais arall i benderfynu arno</numerusform>
            <numerusform>%n newid o ddyfais arall i benderfynu arno</numerusform>
            <numerusform>%n newid o ddyfais arall i benderfynu arno</numerusform>
            <numerusform>%n newid o ddyfais arall i benderfynu arno</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) from imported bundles held in quarantine</source>
        <translation>
            <numerusform>%n eitem o fwndeli a fewnforiwyd yn cael eu dal mewn cwarantîn</numerusform>
            <numerusform>%n eitem o fwndeli a fewnforiwyd yn cael eu dal mewn cwarantîn</numerusform>
            <numerusform>%n eitem o fwndeli a fewnforiwyd yn cael eu dal mewn cwarantîn</numerusform>
            <numerusform>%n eitem o fwndeli a fewnforiwyd yn cael eu dal mewn cwarantîn</numerusform>
            <numerusform>%n eitem o fwndeli a fewnforiwyd yn cael eu dal mewn cwarantîn</numerusform>
        </translation>
    </message>
    <message>
        <source>Appointments today</source>
        <translation>Apwyntiadau heddiw</translation>
    </message>
    <message>
        <source>Appointments in the next six days</source>
        <translation>Apwyntiadau yn y chwe diwrnod nesaf</translation>
    </message>
    <message>
        <source>Overdue action-plan items</source>
        <translation>Eitemau cynllun gweithredu sy&apos;n hwyr</translation>
    </message>
    <message numerus="yes">
        <source>Not contacted in %n week(s) or more</source>
        <translation>
            <numerusform>Dim cyswllt ers %n wythnos neu fwy</numerusform>
            <numerusform>Dim cyswllt ers %n wythnos neu fwy</numerusform>
            <numerusform>Dim cyswllt ers %n wythnos neu fwy</numerusform>
            <numerusform>Dim cyswllt ers %n wythnos neu fwy</numerusform>
            <numerusform>Dim cyswllt ers %n wythnos neu fwy</numerusform>
        </translation>
    </message>
    <message>
        <source>Forms not finished</source>
        <translation>Ffurflenni heb eu gorffen</translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation>Yn aros am benderfyniad</translation>
    </message>
    <message>
        <source>New vacancies that fit</source>
        <translation>Swyddi gwag newydd sy&apos;n addas</translation>
    </message>
</context>
<context>
    <name>DemoCaseload</name>
    <message>
        <source>The number of people cannot be negative.</source>
        <translation>Ni all nifer y bobl fod yn negatif.</translation>
    </message>
    <message>
        <source>The number of vacancies cannot be negative.</source>
        <translation>Ni all nifer y swyddi gwag fod yn negatif.</translation>
    </message>
    <message>
        <source>Waymark demo data</source>
        <translation>Data enghreifftiol Waymark</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Say which vault to fill with --vault PATH.</source>
        <translation>Nodwch pa storfa i&apos;w llenwi gyda --vault PATH.</translation>
    </message>
    <message>
        <source>--people must be a whole number from 0 to 1000000.</source>
        <translation>Rhaid i --people fod yn rhif cyfan o 0 i 1000000.</translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation>Rhaid i --seed fod yn rhif cyfan.</translation>
    </message>
    <message>
        <source>Demo coach</source>
        <translation>Anogwr enghreifftiol</translation>
    </message>
    <message numerus="yes">
        <source>Added %n synthetic people in %1 s.</source>
        <translation>
            <numerusform>Ychwanegwyd %n person synthetig mewn %1 s.</numerusform>
            <numerusform>Ychwanegwyd %n person synthetig mewn %1 s.</numerusform>
            <numerusform>Ychwanegwyd %n o bobl synthetig mewn %1 s.</numerusform>
            <numerusform>Ychwanegwyd %n o bobl synthetig mewn %1 s.</numerusform>
            <numerusform>Ychwanegwyd %n o bobl synthetig mewn %1 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>--vacancies must be a whole number from 0 to 1000000.</source>
        <translation>Rhaid i --vacancies fod yn rhif cyfan o 0 i 1000000.</translation>
    </message>
</context>
<context>
    <name>DistanceText</name>
    <message>
        <source>not known</source>
        <translation>dim yn hysbys</translation>
    </message>
    <message>
        <source>under 1 km</source>
        <translation>llai nag 1 km</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>PDF output needs the graphical platform, which has not been started.</source>
        <translation>Mae angen y platfform graffigol i greu PDF, ac nid yw wedi&apos;i gychwyn.</translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation>Nid oedd modd creu&apos;r PDF.</translation>
    </message>
    <message>
        <source>The PDF could not be saved as %1: the folder cannot be written to (%2).</source>
        <translation>Nid oedd modd cadw&apos;r PDF fel %1: nid oes modd ysgrifennu i&apos;r ffolder (%2).</translation>
    </message>
    <message>
        <source>The PDF could not be saved as %1: the disk is full.</source>
        <translation>Nid oedd modd cadw&apos;r PDF fel %1: mae&apos;r ddisg yn llawn.</translation>
    </message>
    <message>
        <source>The PDF could not be saved as %1: %2</source>
        <translation>Nid oedd modd cadw&apos;r PDF fel %1: %2</translation>
    </message>
</context>
<context>
    <name>EmployerCommands</name>
    <message>
        <source>No employers match.</source>
        <translation>Does dim cyflogwyr yn cyfateb.</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2 (your own), %n open vacancies</source>
        <translation>
            <numerusform>%1  %2 (eich un chi), %n swydd wag agored</numerusform>
            <numerusform>%1  %2 (eich un chi), %n swydd wag agored</numerusform>
            <numerusform>%1  %2 (eich un chi), %n swydd wag agored</numerusform>
            <numerusform>%1  %2 (eich un chi), %n swydd wag agored</numerusform>
            <numerusform>%1  %2 (eich un chi), %n swydd wag agored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1  %2, %n open vacancies</source>
        <translation>
            <numerusform>%1  %2, %n swydd wag agored</numerusform>
            <numerusform>%1  %2, %n swydd wag agored</numerusform>
            <numerusform>%1  %2, %n swydd wag agored</numerusform>
            <numerusform>%1  %2, %n swydd wag agored</numerusform>
            <numerusform>%1  %2, %n swydd wag agored</numerusform>
        </translation>
    </message>
    <message>
        <source>Employer added: %1</source>
        <translation>Cyflogwr wedi&apos;i ychwanegu: %1</translation>
    </message>
    <message>
        <source>%1 (your own)</source>
        <translation>%1 (eich un chi)</translation>
    </message>
    <message>
        <source>    Where: %1 %2</source>
        <translation>    Ble: %1 %2</translation>
    </message>
    <message>
        <source>    Website: %1</source>
        <translation>    Gwefan: %1</translation>
    </message>
    <message>
        <source>    Open vacancies: %1</source>
        <translation>    Swyddi gwag agored: %1</translation>
    </message>
    <message>
        <source>    People put forward: %1, interviews: %2, started: %3</source>
        <translation>    Pobl a enwebwyd: %1, cyfweliadau: %2, wedi dechrau: %3</translation>
    </message>
    <message>
        <source>    Last engagement: %1 (%2)</source>
        <translation>    Ymgysylltiad diwethaf: %1 (%2)</translation>
    </message>
    <message>
        <source>    No engagements recorded yet.</source>
        <translation>    Dim ymgysylltiadau wedi&apos;u cofnodi eto.</translation>
    </message>
    <message>
        <source>    Contact: %1, %2 %3 %4</source>
        <translation>    Cyswllt: %1, %2 %3 %4</translation>
    </message>
    <message>
        <source>    %1  %2: %3</source>
        <translation>    %1  %2: %3</translation>
    </message>
    <message>
        <source>--date must be a real date written as YYYY-MM-DD, for example 2026-12-07.</source>
        <translation>Rhaid i --date fod yn ddyddiad go iawn ar y ffurf BBBB-MM-DD, er enghraifft 2026-12-07.</translation>
    </message>
    <message>
        <source>Engagement recorded: %1</source>
        <translation>Ymgysylltiad wedi&apos;i gofnodi: %1</translation>
    </message>
    <message>
        <source>Contact added: %1</source>
        <translation>Cyswllt wedi&apos;i ychwanegu: %1</translation>
    </message>
    <message>
        <source>Put forward: %1 (employer %2)</source>
        <translation>Wedi&apos;i enwebu: %1 (cyflogwr %2)</translation>
    </message>
    <message>
        <source>Outcome recorded: %1</source>
        <translation>Canlyniad wedi&apos;i gofnodi: %1</translation>
    </message>
</context>
<context>
    <name>EmployerDirectory</name>
    <message>
        <source>Called</source>
        <translation>Ffoniwyd</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>Ymwelwyd</translation>
    </message>
    <message>
        <source>Job fair</source>
        <translation>Ffair swyddi</translation>
    </message>
    <message>
        <source>Work trial agreed</source>
        <translation>Treial gwaith wedi&apos;i gytuno</translation>
    </message>
    <message>
        <source>Vacancy sourced</source>
        <translation>Swydd wag wedi&apos;i chanfod</translation>
    </message>
    <message>
        <source>Enter the employer&apos;s name.</source>
        <translation>Rhowch enw&apos;r cyflogwr.</translation>
    </message>
    <message>
        <source>An employer&apos;s name must be %1 characters or fewer.</source>
        <translation>Rhaid i enw cyflogwr fod yn %1 nod neu lai.</translation>
    </message>
    <message>
        <source>This must be %1 characters or fewer.</source>
        <translation>Rhaid i hwn fod yn %1 nod neu lai.</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s name.</source>
        <translation>Rhowch enw&apos;r cyswllt.</translation>
    </message>
    <message>
        <source>Give a phone number or an email address for the contact.</source>
        <translation>Rhowch rif ffôn neu gyfeiriad e-bost ar gyfer y cyswllt.</translation>
    </message>
    <message>
        <source>There is no employer with that id in the directory.</source>
        <translation>Does dim cyflogwr â&apos;r dynodydd hwnnw yn y cyfeiriadur.</translation>
    </message>
    <message>
        <source>There is already an employer of your own with this name in the directory.</source>
        <translation>Mae cyflogwr o&apos;ch eiddo chi â&apos;r enw hwn yn y cyfeiriadur yn barod.</translation>
    </message>
    <message>
        <source>There is no contact with that id.</source>
        <translation>Does dim cyswllt â&apos;r dynodydd hwnnw.</translation>
    </message>
    <message>
        <source>Choose what happened: called, visited, job fair, work trial agreed or vacancy sourced.</source>
        <translation>Dewiswch beth ddigwyddodd: ffoniwyd, ymwelwyd, ffair swyddi, treial gwaith wedi&apos;i gytuno neu swydd wag wedi&apos;i chanfod.</translation>
    </message>
    <message>
        <source>Give the day it happened: today or a day before.</source>
        <translation>Rhowch y diwrnod y digwyddodd: heddiw neu ddiwrnod cyn hynny.</translation>
    </message>
    <message>
        <source>Keep the note to %1 characters or fewer.</source>
        <translation>Cadwch y nodyn i %1 nod neu lai.</translation>
    </message>
    <message>
        <source>There is no vacancy with that id in this vault.</source>
        <translation>Does dim swydd wag â&apos;r dynodydd hwnnw yn y gladdgell hon.</translation>
    </message>
</context>
<context>
    <name>EmployerEditDialog</name>
    <message>
        <source>Add an employer</source>
        <translation>Ychwanegu cyflogwr</translation>
    </message>
    <message>
        <source>Change an employer</source>
        <translation>Newid cyflogwr</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Cyfeiria&amp;d:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>Cod &amp;post:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Gwefan:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Nodiadau:</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Ychwanegu</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>This employer&apos;s name comes from its vacancies, so it stays as advertised.</source>
        <translation>Daw enw&apos;r cyflogwr hwn o&apos;i swyddi gwag, felly mae&apos;n aros fel y cafodd ei hysbysebu.</translation>
    </message>
</context>
<context>
    <name>EmployerTables</name>
    <message>
        <source>People put forward</source>
        <translation>Pobl a gyflwynwyd</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Cyfweliadau</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Dechrau gwaith</translation>
    </message>
    <message>
        <source>Engagements with employers by kind and month</source>
        <translation>Ymwneud â chyflogwyr yn ôl math a mis</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Ymwneud</translation>
    </message>
    <message>
        <source>People put forward to employers, interviews and starts by month</source>
        <translation>Pobl a gyflwynwyd i gyflogwyr, cyfweliadau a dechrau gwaith yn ôl mis</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mis</translation>
    </message>
</context>
<context>
    <name>EmployersDialog</name>
    <message>
        <source>Only those with open &amp;vacancies</source>
        <translation>Dim ond y rhai sydd â swyddi gwag a&amp;gored</translation>
    </message>
    <message>
        <source>&amp;Log an engagement…</source>
        <translation>&amp;Cofnodi ymgysylltiad…</translation>
    </message>
    <message>
        <source>Add a c&amp;ontact…</source>
        <translation>Ychwanegu cy&amp;swllt…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Newid…</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Cyflogwyr</translation>
    </message>
    <message>
        <source>Name, address or postcode</source>
        <translation>Enw, cyfeiriad neu god post</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>C&amp;hwilio:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Open vacancies</source>
        <translation>Swyddi gwag agored</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>Eiddo pwy</translation>
    </message>
    <message>
        <source>Employer summary, contacts and engagements</source>
        <translation>Crynodeb y cyflogwr, cysylltiadau ac ymgysylltiadau</translation>
    </message>
    <message>
        <source>Log an engagement with the selected employer</source>
        <translation>Cofnodi ymgysylltiad â&apos;r cyflogwr a ddewiswyd</translation>
    </message>
    <message>
        <source>Add a contact at the selected employer</source>
        <translation>Ychwanegu cyswllt yn y cyflogwr a ddewiswyd</translation>
    </message>
    <message>
        <source>Change the selected employer&apos;s details</source>
        <translation>Newid manylion y cyflogwr a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Add an employer…</source>
        <translation>&amp;Ychwanegu cyflogwr…</translation>
    </message>
    <message>
        <source>No employers match. Employers come from the vacancies you import, or add your own.</source>
        <translation>Does dim cyflogwyr yn cyfateb. Daw cyflogwyr o&apos;r swyddi gwag rydych chi&apos;n eu mewnforio, neu ychwanegwch eich rhai eich hun.</translation>
    </message>
    <message numerus="yes">
        <source>%n employers</source>
        <translation>
            <numerusform>%n cyflogwr</numerusform>
            <numerusform>%n cyflogwr</numerusform>
            <numerusform>%n cyflogwr</numerusform>
            <numerusform>%n cyflogwr</numerusform>
            <numerusform>%n cyflogwr</numerusform>
        </translation>
    </message>
    <message>
        <source>Your own</source>
        <translation>Eich un chi</translation>
    </message>
    <message>
        <source>From vacancies</source>
        <translation>O swyddi gwag</translation>
    </message>
    <message>
        <source>Open vacancies: %1</source>
        <translation>Swyddi gwag agored: %1</translation>
    </message>
    <message>
        <source>People put forward: %1</source>
        <translation>Pobl a enwebwyd: %1</translation>
    </message>
    <message>
        <source>Interviews: %1</source>
        <translation>Cyfweliadau: %1</translation>
    </message>
    <message>
        <source>Started work: %1</source>
        <translation>Wedi dechrau gweithio: %1</translation>
    </message>
    <message>
        <source>Last engagement: %1, %2</source>
        <translation>Ymgysylltiad diwethaf: %1, %2</translation>
    </message>
    <message>
        <source>No engagements logged yet.</source>
        <translation>Dim ymgysylltiadau wedi&apos;u cofnodi eto.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Gwefan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Cysylltiadau</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Ymgysylltiadau</translation>
    </message>
</context>
<context>
    <name>EngagementDialog</name>
    <message>
        <source>Log an engagement</source>
        <translation>Cofnodi ymgysylltiad</translation>
    </message>
    <message>
        <source>What happened with %1?</source>
        <translation>Beth ddigwyddodd gyda %1?</translation>
    </message>
    <message>
        <source>Optional: what came of it</source>
        <translation>Dewisol: beth ddaeth ohono</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Beth ddigwyddodd:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Diwrnod:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nodyn:</translation>
    </message>
    <message>
        <source>&amp;Log it</source>
        <translation>&amp;Cofnodi</translation>
    </message>
</context>
<context>
    <name>EntitySchema</name>
    <message>
        <source>Phased return to work</source>
        <translation>Dychwelyd i&apos;r gwaith yn raddol</translation>
    </message>
    <message>
        <source>Altered hours</source>
        <translation>Oriau wedi&apos;u newid</translation>
    </message>
    <message>
        <source>Amended duties</source>
        <translation>Dyletswyddau wedi&apos;u diwygio</translation>
    </message>
    <message>
        <source>Workplace adaptations</source>
        <translation>Addasiadau yn y gweithle</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Proffil</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Enw cyntaf</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Cyfenw</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Enw dewisol</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>National Insurance number</source>
        <translation>Rhif Yswiriant Gwladol</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Cyfeiriad e-bost</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Rhif ffôn</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Cod post</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Iaith ddewisol</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agored</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Wedi cau</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>Amgylchiadau</translation>
    </message>
    <message>
        <source>Work-search group</source>
        <translation>Grŵp chwilio am waith</translation>
    </message>
    <message>
        <source>No work-related requirements</source>
        <translation>Dim gofynion sy&apos;n gysylltiedig â gwaith</translation>
    </message>
    <message>
        <source>Work-focused interview only</source>
        <translation>Cyfweliad sy&apos;n canolbwyntio ar waith yn unig</translation>
    </message>
    <message>
        <source>Work preparation</source>
        <translation>Paratoi am waith</translation>
    </message>
    <message>
        <source>All work-related requirements</source>
        <translation>Pob gofyniad sy&apos;n gysylltiedig â gwaith</translation>
    </message>
    <message>
        <source>Hours available a week</source>
        <translation>Oriau ar gael bob wythnos</translation>
    </message>
    <message>
        <source>Days available</source>
        <translation>Diwrnodau ar gael</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Dydd Llun</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dydd Mawrth</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Dydd Mercher</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Dydd Iau</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Dydd Gwener</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Dydd Sadwrn</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Dydd Sul</translation>
    </message>
    <message>
        <source>Furthest travel (km)</source>
        <translation>Pellter teithio mwyaf (km)</translation>
    </message>
    <message>
        <source>How they travel</source>
        <translation>Sut maen nhw&apos;n teithio</translation>
    </message>
    <message>
        <source>On foot</source>
        <translation>Ar droed</translation>
    </message>
    <message>
        <source>Bicycle</source>
        <translation>Beic</translation>
    </message>
    <message>
        <source>Public transport</source>
        <translation>Trafnidiaeth gyhoeddus</translation>
    </message>
    <message>
        <source>Car or van</source>
        <translation>Car neu fan</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Trwydded yrru</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>Provisional</source>
        <translation>Trwydded dros dro</translation>
    </message>
    <message>
        <source>Full (car)</source>
        <translation>Llawn (car)</translation>
    </message>
    <message>
        <source>Full, with large vehicle categories</source>
        <translation>Llawn, gyda chategorïau cerbydau mawr</translation>
    </message>
    <message>
        <source>Caring responsibilities</source>
        <translation>Cyfrifoldebau gofalu</translation>
    </message>
    <message>
        <source>Work history</source>
        <translation>Hanes gwaith</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Teitl y swydd</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Cyflogwr</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Dyddiad dechrau</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Dyddiad gorffen</translation>
    </message>
    <message>
        <source>Duties and achievements</source>
        <translation>Dyletswyddau a chyflawniadau</translation>
    </message>
    <message>
        <source>Qualifications and licences</source>
        <translation>Cymwysterau a thrwyddedau</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Cymhwyster</translation>
    </message>
    <message>
        <source>Licence or card</source>
        <translation>Trwydded neu gerdyn</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Tystysgrif</translation>
    </message>
    <message>
        <source>Background check (e.g. DBS)</source>
        <translation>Gwiriad cefndir (e.e. DBS)</translation>
    </message>
    <message>
        <source>Awarded by</source>
        <translation>Dyfarnwyd gan</translation>
    </message>
    <message>
        <source>Achieved on</source>
        <translation>Dyddiad ei ennill</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Dyddiad dod i ben</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Sgiliau</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Sgil</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Ffynhonnell</translation>
    </message>
    <message>
        <source>Self-reported</source>
        <translation>Wedi&apos;i nodi gan yr unigolyn</translation>
    </message>
    <message>
        <source>From work history</source>
        <translation>O&apos;r hanes gwaith</translation>
    </message>
    <message>
        <source>Suggested and accepted</source>
        <translation>Wedi&apos;i awgrymu a&apos;i dderbyn</translation>
    </message>
    <message>
        <source>Conditions affecting work</source>
        <translation>Cyflyrau sy&apos;n effeithio ar waith</translation>
    </message>
    <message>
        <source>In the person&apos;s own words</source>
        <translation>Yng ngeiriau&apos;r unigolyn ei hun</translation>
    </message>
    <message>
        <source>Effect on what they can do</source>
        <translation>Effaith ar yr hyn y gallant ei wneud</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Addasiadau</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Addasiad</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <source>Person agreed to use this in matching</source>
        <translation>Cytunodd yr unigolyn i ddefnyddio hyn wrth baru</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Fit notes</source>
        <translation>Nodiadau ffitrwydd</translation>
    </message>
    <message>
        <source>Date assessed</source>
        <translation>Dyddiad yr asesiad</translation>
    </message>
    <message>
        <source>Condition affecting work</source>
        <translation>Cyflwr sy&apos;n effeithio ar waith</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Asesiad</translation>
    </message>
    <message>
        <source>Not fit for work</source>
        <translation>Ddim yn ffit i weithio</translation>
    </message>
    <message>
        <source>May be fit for work with advice</source>
        <translation>Gallai fod yn ffit i weithio gyda chyngor</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Cyngor</translation>
    </message>
    <message>
        <source>Functional effects</source>
        <translation>Effeithiau gweithredol</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O&apos;r dyddiad</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hyd at y dyddiad</translation>
    </message>
    <message>
        <source>Will assess again at the end</source>
        <translation>Bydd yn asesu eto ar y diwedd</translation>
    </message>
    <message>
        <source>Job goals</source>
        <translation>Nodau swydd</translation>
    </message>
    <message>
        <source>Job goal</source>
        <translation>Nod swydd</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Galwedigaeth</translation>
    </message>
    <message>
        <source>Hours wanted a week</source>
        <translation>Oriau a ddymunir bob wythnos</translation>
    </message>
    <message>
        <source>Lowest pay (£ a year)</source>
        <translation>Cyflog isaf (£ y flwyddyn)</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Cynllun gweithredu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>Voluntary</source>
        <translation>Gwirfoddol</translation>
    </message>
    <message>
        <source>Required (recorded from the commitment)</source>
        <translation>Gofynnol (wedi&apos;i gofnodi o&apos;r ymrwymiad)</translation>
    </message>
    <message>
        <source>Barrier it tackles</source>
        <translation>Y rhwystr y mae&apos;n mynd i&apos;r afael ag ef</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Iechyd</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Gofal plant</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Trafnidiaeth</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Hyder</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Tai</translation>
    </message>
    <message>
        <source>Digital</source>
        <translation>Digidol</translation>
    </message>
    <message>
        <source>English or Welsh language</source>
        <translation>Iaith Saesneg neu Gymraeg</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Pwy sy&apos;n ei wneud</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>Yr unigolyn</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Anogwr</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Darparwr</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>I&apos;w wneud</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>No longer needed</source>
        <translation>Dim angen mwyach</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Corrects</source>
        <translation>Yn cywiro</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Apwyntiadau</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Dyddiad ac amser</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Sut</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Wyneb yn wyneb</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Fideo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Diben</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Wedi&apos;i drefnu</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Wedi mynychu</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Wedi&apos;i golli</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Wedi&apos;i ganslo</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Caniatâd</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>Beth y cytunwyd arno</translation>
    </message>
    <message>
        <source>Keeping these records</source>
        <translation>Cadw&apos;r cofnodion hyn</translation>
    </message>
    <message>
        <source>Sharing with their GP practice</source>
        <translation>Rhannu â&apos;u meddygfa</translation>
    </message>
    <message>
        <source>Sharing with their work coach</source>
        <translation>Rhannu â&apos;u hanogwr gwaith</translation>
    </message>
    <message>
        <source>Sharing health and work information</source>
        <translation>Rhannu gwybodaeth iechyd a gwaith</translation>
    </message>
    <message>
        <source>Referral to a partner service</source>
        <translation>Atgyfeirio at wasanaeth partner</translation>
    </message>
    <message>
        <source>Using chosen adjustments in job matching</source>
        <translation>Defnyddio&apos;r addasiadau a ddewiswyd wrth baru swyddi</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Dyddiad cytuno</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Dyddiad tynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>%1 is not a field of %2.</source>
        <translation>Nid yw %1 yn faes yn yr adran %2.</translation>
    </message>
    <message>
        <source>Enter %1.</source>
        <translation>Rhaid nodi %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 must be %n characters or fewer.</source>
        <translation>
            <numerusform>Ni chaiff %1 fod yn hwy na %n nod.</numerusform>
            <numerusform>Ni chaiff %1 fod yn hwy na %n nod.</numerusform>
            <numerusform>Ni chaiff %1 fod yn hwy na %n nod.</numerusform>
            <numerusform>Ni chaiff %1 fod yn hwy na %n nod.</numerusform>
            <numerusform>Ni chaiff %1 fod yn hwy na %n nod.</numerusform>
        </translation>
    </message>
    <message>
        <source>A date of birth must be in the past and after 1900.</source>
        <translation>Rhaid i ddyddiad geni fod yn y gorffennol ac ar ôl 1900.</translation>
    </message>
    <message>
        <source>Choose yes or no.</source>
        <translation>Dewiswch ie neu na.</translation>
    </message>
    <message>
        <source>Choose one of the options for %1.</source>
        <translation>Dewiswch un o&apos;r opsiynau ar gyfer %1.</translation>
    </message>
    <message>
        <source>Choose only from the options for %1.</source>
        <translation>Dewiswch o&apos;r opsiynau ar gyfer %1 yn unig.</translation>
    </message>
    <message>
        <source>%1 cannot be before %2.</source>
        <translation>Ni all %1 fod cyn %2.</translation>
    </message>
    <message>
        <source>Contract types wanted</source>
        <translation>Mathau o gontract a ddymunir</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Parhaol</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Dros dro</translation>
    </message>
    <message>
        <source>Fixed term</source>
        <translation>Cyfnod penodol</translation>
    </message>
    <message>
        <source>Apprenticeship</source>
        <translation>Prentisiaeth</translation>
    </message>
    <message>
        <source>Zero hours</source>
        <translation>Dim oriau</translation>
    </message>
    <message>
        <source>In the taxonomy as</source>
        <translation>Yn y dacsonomeg fel</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Atgyfeiriadau</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Atgyfeiriwyd at</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Gwasanaeth</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Atgyfeiriwyd ar</translation>
    </message>
    <message>
        <source>Consent to refer</source>
        <translation>Caniatâd i atgyfeirio</translation>
    </message>
    <message>
        <source>Given and recorded</source>
        <translation>Wedi&apos;i roi a&apos;i gofnodi</translation>
    </message>
    <message>
        <source>Not needed by this partner</source>
        <translation>Dim ei angen gan y partner hwn</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Referred, waiting to hear</source>
        <translation>Wedi atgyfeirio, yn aros am ateb</translation>
    </message>
    <message>
        <source>Offered a place</source>
        <translation>Wedi cynnig lle</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Wedi cwblhau</translation>
    </message>
    <message>
        <source>Did not attend</source>
        <translation>Heb fynychu</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Wedi gwrthod</translation>
    </message>
    <message>
        <source>Outcome on</source>
        <translation>Dyddiad y canlyniad</translation>
    </message>
    <message>
        <source>Action plan item</source>
        <translation>Cam yn y cynllun gweithredu</translation>
    </message>
    <message>
        <source>%1 cannot be changed once the record is made. If it is wrong, remove the record and make a new one.</source>
        <translation>Ni ellir newid %1 ar ôl gwneud y cofnod. Os yw’n anghywir, dilëwch y cofnod a gwnewch un newydd.</translation>
    </message>
    <message>
        <source>Joined the caseload on</source>
        <translation>Ymunodd â&apos;r llwyth achosion ar</translation>
    </message>
    <message>
        <source>What they are doing</source>
        <translation>Beth maen nhw&apos;n ei wneud</translation>
    </message>
    <message>
        <source>In work</source>
        <translation>Mewn gwaith</translation>
    </message>
    <message>
        <source>In education</source>
        <translation>Mewn addysg</translation>
    </message>
    <message>
        <source>In training</source>
        <translation>Mewn hyfforddiant</translation>
    </message>
    <message>
        <source>On an apprenticeship</source>
        <translation>Ar brentisiaeth</translation>
    </message>
    <message>
        <source>Not in work, education or training</source>
        <translation>Ddim mewn gwaith, addysg na hyfforddiant</translation>
    </message>
    <message>
        <source>Doing this since</source>
        <translation>Yn gwneud hyn ers</translation>
    </message>
    <message>
        <source>Sharing their details with an employer for a job</source>
        <translation>Rhannu eu manylion â chyflogwr ar gyfer swydd</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Cynigion</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Cynnig</translation>
    </message>
    <message>
        <source>A job</source>
        <translation>Swydd</translation>
    </message>
    <message>
        <source>An apprenticeship</source>
        <translation>Lle prentisiaeth</translation>
    </message>
    <message>
        <source>A training place</source>
        <translation>Lle hyfforddi</translation>
    </message>
    <message>
        <source>Work experience</source>
        <translation>Profiad gwaith</translation>
    </message>
    <message>
        <source>Offered on</source>
        <translation>Cynigiwyd ar</translation>
    </message>
    <message>
        <source>Where it came from</source>
        <translation>O ble y daeth</translation>
    </message>
    <message>
        <source>An action in the plan</source>
        <translation>Cam gweithredu yn y cynllun</translation>
    </message>
    <message>
        <source>A referral to a partner</source>
        <translation>Atgyfeiriad at bartner</translation>
    </message>
    <message>
        <source>A shortlisted vacancy</source>
        <translation>Swydd wag ar y rhestr fer</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <translation>Rhywle arall</translation>
    </message>
    <message>
        <source>What it came from</source>
        <translation>Beth oedd ei ffynhonnell</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Wedi’i dderbyn</translation>
    </message>
    <message>
        <source>Put forward to employers</source>
        <translation>Enwebiadau i gyflogwyr</translation>
    </message>
    <message>
        <source>Put forward to</source>
        <translation>Enwebwyd i</translation>
    </message>
    <message>
        <source>Vacancy reference</source>
        <translation>Cyfeirnod y swydd wag</translation>
    </message>
    <message>
        <source>For the job</source>
        <translation>Ar gyfer y swydd</translation>
    </message>
    <message>
        <source>Put forward on</source>
        <translation>Enwebwyd ar</translation>
    </message>
    <message>
        <source>Consent to share their details</source>
        <translation>Caniatâd i rannu eu manylion</translation>
    </message>
    <message>
        <source>Put forward, waiting to hear</source>
        <translation>Wedi&apos;i enwebu, yn aros i glywed</translation>
    </message>
    <message>
        <source>Invited to interview</source>
        <translation>Gwahoddwyd i gyfweliad</translation>
    </message>
    <message>
        <source>Started work</source>
        <translation>Wedi dechrau gweithio</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Heb ei ddewis</translation>
    </message>
    <message>
        <source>Withdrew</source>
        <translation>Tynnodd yn ôl</translation>
    </message>
    <message>
        <source>Interviewed on</source>
        <translation>Cyfwelwyd ar</translation>
    </message>
</context>
<context>
    <name>EscoImport</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Nid oes modd darllen %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, llinell %2: %3</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Nid yw&apos;r ffolder %1 yn bodoli.</translation>
    </message>
    <message>
        <source>%1 is missing from the folder: an ESCO release needs skills_en.csv, occupations_en.csv and occupationSkillRelations.csv.</source>
        <translation>Mae %1 ar goll o&apos;r ffolder: mae angen skills_en.csv, occupations_en.csv ac occupationSkillRelations.csv ar gyfer fersiwn ESCO.</translation>
    </message>
    <message>
        <source>a skill group needs a URI and a label</source>
        <translation>mae angen URI a label ar grŵp sgiliau</translation>
    </message>
    <message>
        <source>a skill needs a URI and a preferred label</source>
        <translation>mae angen URI a label dewisol ar sgil</translation>
    </message>
    <message>
        <source>more than %L1 skills</source>
        <translation>mwy na %L1 o sgiliau</translation>
    </message>
    <message>
        <source>an occupation needs a URI and a preferred label</source>
        <translation>mae angen URI a label dewisol ar alwedigaeth</translation>
    </message>
    <message>
        <source>more than %L1 occupations</source>
        <translation>mwy na %L1 o alwedigaethau</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a relation type (essential or optional)</source>
        <translation>nid yw &quot;%1&quot; yn fath o berthynas (essential neu optional)</translation>
    </message>
    <message>
        <source>The ESCO files hold no skills or no occupations.</source>
        <translation>Nid yw ffeiliau ESCO yn cynnwys unrhyw sgiliau, neu nid ydynt yn cynnwys unrhyw alwedigaethau.</translation>
    </message>
</context>
<context>
    <name>ExtractCommand</name>
    <message>
        <source>%1: %2%3 — “%4”</source>
        <translation>%1: %2%3 — “%4”</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Nid oes modd darllen %1: %2</translation>
    </message>
    <message>
        <source>Nothing to suggest.</source>
        <translation>Dim i&apos;w awgrymu.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>llinell %1: %2</translation>
    </message>
</context>
<context>
    <name>FairnessCheck</name>
    <message>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Pwylaidd</translation>
    </message>
    <message>
        <source>Nigerian</source>
        <translation>Nigeraidd</translation>
    </message>
    <message>
        <source>Pakistani</source>
        <translation>Pacistanaidd</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Tsieineaidd</translation>
    </message>
    <message>
        <source>female words</source>
        <translation>geiriau benywaidd</translation>
    </message>
    <message>
        <source>male words</source>
        <translation>geiriau gwrywaidd</translation>
    </message>
    <message>
        <source>gender-neutral words</source>
        <translation>geiriau niwtral o ran rhywedd</translation>
    </message>
    <message>
        <source>a %1 in the note&apos;s own words</source>
        <translation>%1 yng ngeiriau&apos;r nodyn ei hun</translation>
    </message>
    <message>
        <source>given and family names from a set of %1 names</source>
        <translation>enw cyntaf a chyfenw o set o enwau %1</translation>
    </message>
    <message>
        <source>sex and gender words in notes changed to %1</source>
        <translation>geiriau rhyw a rhywedd yn y nodiadau wedi&apos;u newid i %1</translation>
    </message>
    <message>
        <source>a note says: “%1”</source>
        <translation>mae nodyn yn dweud: “%1”</translation>
    </message>
    <message>
        <source>date of birth changed so the person is %1</source>
        <translation>dyddiad geni wedi&apos;i newid fel bod y person yn %1 oed</translation>
    </message>
    <message>
        <source>an adjustment the person agreed to share for matching (altered hours) added</source>
        <translation>ychwanegwyd addasiad y cytunodd y person i&apos;w rannu ar gyfer paru (oriau wedi&apos;u newid)</translation>
    </message>
    <message>
        <source>preferred language changed to English</source>
        <translation>dewis iaith wedi&apos;i newid i Saesneg</translation>
    </message>
    <message>
        <source>preferred language changed to Welsh</source>
        <translation>dewis iaith wedi&apos;i newid i Gymraeg</translation>
    </message>
    <message>
        <source>the list grew from %1 to %2 %3</source>
        <translation>tyfodd y rhestr o %1 i %2 %3</translation>
    </message>
    <message>
        <source>the list shrank from %1 to %2 %3</source>
        <translation>crebachodd y rhestr o %1 i %2 %3</translation>
    </message>
    <message>
        <source>place %1 held %2 and now holds %3</source>
        <translation>roedd %2 yn safle %1 ac mae %3 yno nawr</translation>
    </message>
    <message>
        <source>The fairness check was stopped.</source>
        <translation>Cafodd y gwiriad tegwch ei stopio.</translation>
    </message>
    <message>
        <source>shared adjustments: the person agreed to share this adjustment for matching, and the coach can switch its effect off</source>
        <translation>addasiadau a rannwyd: cytunodd y person i rannu&apos;r addasiad hwn ar gyfer paru, a gall yr hyfforddwr ddiffodd ei effaith</translation>
    </message>
    <message>
        <source>vacancies</source>
        <translation>swydd wag</translation>
    </message>
    <message>
        <source>people</source>
        <translation>person</translation>
    </message>
    <message>
        <source>suggested %1 that the note did not give before</source>
        <translation>awgrymodd %1 nad oedd y nodyn yn ei roi o&apos;r blaen</translation>
    </message>
    <message>
        <source>the changed text itself states this skill</source>
        <translation>mae&apos;r testun a newidiwyd ei hun yn datgan y sgìl hwn</translation>
    </message>
    <message>
        <source>no longer suggested %1</source>
        <translation>nid yw&apos;n awgrymu %1 mwyach</translation>
    </message>
    <message>
        <source>the form field %1 (%2) is filled differently</source>
        <translation>mae maes y ffurflen %1 (%2) wedi&apos;i lenwi&apos;n wahanol</translation>
    </message>
</context>
<context>
    <name>FairnessReport</name>
    <message>
        <source>Given and family names</source>
        <translation>Enw cyntaf a chyfenw</translation>
    </message>
    <message>
        <source>Sex and gender words in notes</source>
        <translation>Geiriau rhyw a rhywedd yn y nodiadau</translation>
    </message>
    <message>
        <source>Age and date of birth</source>
        <translation>Oed a dyddiad geni</translation>
    </message>
    <message>
        <source>Disability or health condition</source>
        <translation>Anabledd neu gyflwr iechyd</translation>
    </message>
    <message>
        <source>Pregnancy or maternity</source>
        <translation>Beichiogrwydd neu famolaeth</translation>
    </message>
    <message>
        <source>Religion or ethnicity</source>
        <translation>Crefydd neu ethnigrwydd</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Dewis iaith</translation>
    </message>
    <message>
        <source>Matching (the person&apos;s top vacancies)</source>
        <translation>Paru (prif swyddi gwag y person)</translation>
    </message>
    <message>
        <source>Matching (a vacancy&apos;s top people)</source>
        <translation>Paru (prif bobl swydd wag)</translation>
    </message>
    <message>
        <source>Note suggestions</source>
        <translation>Awgrymiadau o nodiadau</translation>
    </message>
    <message>
        <source>Form prefill</source>
        <translation>Rhag-lenwi ffurflenni</translation>
    </message>
    <message>
        <source>Fairness check</source>
        <translation>Gwiriad tegwch</translation>
    </message>
    <message>
        <source>People checked: %1 of %2. Vacancies checked from the vacancy side: %3 of %4. Rankings compared: top %5.</source>
        <translation>Pobl a wiriwyd: %1 o %2. Swyddi gwag a wiriwyd o ochr y swydd wag: %3 o %4. Rhestrau a gymharwyd: y %5 uchaf.</translation>
    </message>
    <message>
        <source>Shared adjustments were used in matching, as the coach&apos;s switch was on.</source>
        <translation>Defnyddiwyd addasiadau a rannwyd wrth baru, gan fod switsh yr hyfforddwr ymlaen.</translation>
    </message>
    <message>
        <source>Shared adjustments were not used in matching: the coach&apos;s switch was off.</source>
        <translation>Ni ddefnyddiwyd addasiadau a rannwyd wrth baru: roedd switsh yr hyfforddwr i ffwrdd.</translation>
    </message>
    <message>
        <source>The vault was checked before and after: nothing in it changed.</source>
        <translation>Gwiriwyd y storfa cyn ac ar ôl: ni newidiodd dim ynddi.</translation>
    </message>
    <message>
        <source>The vault changed while the check ran: run it again when nobody is editing.</source>
        <translation>Newidiodd y storfa tra oedd y gwiriad yn rhedeg: rhedwch ef eto pan nad oes neb yn golygu.</translation>
    </message>
    <message>
        <source>Matching: no differences.</source>
        <translation>Paru: dim gwahaniaethau.</translation>
    </message>
    <message numerus="yes">
        <source>Matching: %n difference(s). Matching must not depend on these attributes.</source>
        <translation>
            <numerusform>Paru: %n gwahaniaeth. Rhaid i baru beidio â dibynnu ar y nodweddion hyn.</numerusform>
            <numerusform>Paru: %n gwahaniaeth. Rhaid i baru beidio â dibynnu ar y nodweddion hyn.</numerusform>
            <numerusform>Paru: %n gwahaniaeth. Rhaid i baru beidio â dibynnu ar y nodweddion hyn.</numerusform>
            <numerusform>Paru: %n gwahaniaeth. Rhaid i baru beidio â dibynnu ar y nodweddion hyn.</numerusform>
            <numerusform>Paru: %n gwahaniaeth. Rhaid i baru beidio â dibynnu ar y nodweddion hyn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All tools: %n difference(s),</source>
        <translation>
            <numerusform>Pob offeryn: %n gwahaniaeth,</numerusform>
            <numerusform>Pob offeryn: %n gwahaniaeth,</numerusform>
            <numerusform>Pob offeryn: %n gwahaniaeth,</numerusform>
            <numerusform>Pob offeryn: %n gwahaniaeth,</numerusform>
            <numerusform>Pob offeryn: %n gwahaniaeth,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n explained exception(s).</source>
        <translation>
            <numerusform>%n eithriad wedi&apos;u hesbonio.</numerusform>
            <numerusform>%n eithriad wedi&apos;u hesbonio.</numerusform>
            <numerusform>%n eithriad wedi&apos;u hesbonio.</numerusform>
            <numerusform>%n eithriad wedi&apos;u hesbonio.</numerusform>
            <numerusform>%n eithriad wedi&apos;u hesbonio.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 people, %2 variants, %3 differences, %4 explained exceptions.</source>
        <translation>%1 o bobl, %2 amrywiad, %3 gwahaniaeth, %4 eithriad wedi&apos;u hesbonio.</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Person %1</translation>
    </message>
    <message>
        <source>vacancy %1</source>
        <translation>swydd wag %1</translation>
    </message>
    <message>
        <source>Why it is allowed: %1</source>
        <translation>Pam y caniateir hyn: %1</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Gwahaniaethau</translation>
    </message>
    <message>
        <source>Explained exceptions</source>
        <translation>Eithriadau wedi&apos;u hesbonio</translation>
    </message>
</context>
<context>
    <name>FairnessReportDialog</name>
    <message>
        <source>Fairness check</source>
        <translation>Gwiriad tegwch</translation>
    </message>
    <message>
        <source>Fairness check report</source>
        <translation>Adroddiad y gwiriad tegwch</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>Copy the whole report as plain text.</source>
        <translation>Copïo&apos;r adroddiad cyfan fel testun plaen.</translation>
    </message>
</context>
<context>
    <name>FeedReport</name>
    <message>
        <source>%1 of %2 (%3%)</source>
        <extracomment>%1 of %2 vacancies, %3 the percentage</extracomment>
        <translation>%1 o %2 (%3%)</translation>
    </message>
    <message>
        <source>Open vacancies: %1</source>
        <translation>Swyddi gwag agored: %1</translation>
    </message>
    <message>
        <source>Read for the taxonomy in use: %1</source>
        <translation>Wedi&apos;u darllen ar gyfer y tacsonomeg sy&apos;n cael ei defnyddio: %1</translation>
    </message>
    <message>
        <source>Given an occupation from their title: %1</source>
        <translation>Wedi cael galwedigaeth o&apos;u teitl: %1</translation>
    </message>
    <message>
        <source>Median skills per vacancy: %1 stated in the advert, %2 implied by the occupation, %3 listed by the feed</source>
        <translation>Canolrif y sgiliau fesul swydd wag: %1 wedi&apos;u nodi yn yr hysbyseb, %2 ymhlyg yn yr alwedigaeth, %3 wedi&apos;u rhestru gan y ffrwd</translation>
    </message>
    <message>
        <source>Every title read mapped to an occupation.</source>
        <translation>Cafodd pob teitl a ddarllenwyd ei gysylltu â galwedigaeth.</translation>
    </message>
    <message numerus="yes">
        <source>Titles that mapped to no occupation (%n different):</source>
        <translation>
            <numerusform>Teitlau na chawsant eu cysylltu ag unrhyw alwedigaeth (%n gwahanol):</numerusform>
            <numerusform>Teitlau na chawsant eu cysylltu ag unrhyw alwedigaeth (%n gwahanol):</numerusform>
            <numerusform>Teitlau na chawsant eu cysylltu ag unrhyw alwedigaeth (%n gwahanol):</numerusform>
            <numerusform>Teitlau na chawsant eu cysylltu ag unrhyw alwedigaeth (%n gwahanol):</numerusform>
            <numerusform>Teitlau na chawsant eu cysylltu ag unrhyw alwedigaeth (%n gwahanol):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %1 (%n vacancies)</source>
        <translation>
            <numerusform>  %1 (%n swydd wag)</numerusform>
            <numerusform>  %1 (%n swydd wag)</numerusform>
            <numerusform>  %1 (%n swydd wag)</numerusform>
            <numerusform>  %1 (%n swydd wag)</numerusform>
            <numerusform>  %1 (%n swydd wag)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormCatalogue</name>
    <message>
        <source>built in</source>
        <translation>wedi&apos;i chynnwys</translation>
    </message>
</context>
<context>
    <name>FormCommands</name>
    <message>
        <source>Name the form definition to check: form check FILE.json</source>
        <translation>Nodwch pa ddiffiniad ffurflen i&apos;w wirio: form check FILE.json</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>Nid oedd modd darllen %1.</translation>
    </message>
    <message>
        <source>%1 version %2 is a valid form definition.</source>
        <translation>Mae %1 fersiwn %2 yn ddiffiniad ffurflen dilys.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (version %2): %3 — %n fields — %4</source>
        <translation>
            <numerusform>%1 (fersiwn %2): %3 — %n maes — %4</numerusform>
            <numerusform>%1 (fersiwn %2): %3 — %n maes — %4</numerusform>
            <numerusform>%1 (fersiwn %2): %3 — %n o feysydd — %4</numerusform>
            <numerusform>%1 (fersiwn %2): %3 — %n o feysydd — %4</numerusform>
            <numerusform>%1 (fersiwn %2): %3 — %n o feysydd — %4</numerusform>
        </translation>
    </message>
    <message>
        <source>The form definition file.</source>
        <translation>Ffeil diffiniad y ffurflen.</translation>
    </message>
    <message>
        <source>%1 #%2: signed off by %3 at %4; from %5 (%6)</source>
        <translation>%1 #%2: llofnodwyd gan %3 am %4; o %5 (%6)</translation>
    </message>
    <message>
        <source>%1 #%2: signed off by %3 at %4 (%5)</source>
        <translation>%1 #%2: llofnodwyd gan %3 am %4 (%5)</translation>
    </message>
    <message>
        <source>No finished forms for this person.</source>
        <translation>Dim ffurflenni gorffenedig ar gyfer yr unigolyn hwn.</translation>
    </message>
</context>
<context>
    <name>FormDefinition</name>
    <message>
        <source>&quot;format&quot; must be &quot;waymark-form/1&quot;</source>
        <translation>rhaid i &quot;format&quot; fod yn &quot;waymark-form/1&quot;</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be lower-case letters, digits and hyphens</source>
        <translation>rhaid i &quot;id&quot; fod yn llythrennau bach, digidau a chysylltnodau</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number from 1</source>
        <translation>rhaid i &quot;version&quot; fod yn rhif cyfan o 1 i fyny</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an audience (work-coach, gp-practice, admin)</source>
        <translation>nid yw &quot;%1&quot; yn gynulleidfa (work-coach, gp-practice, admin)</translation>
    </message>
    <message>
        <source>a layout needs an id and a title</source>
        <translation>mae angen id a theitl ar osodiad</translation>
    </message>
    <message>
        <source>a form needs at least one section</source>
        <translation>mae angen o leiaf un adran ar ffurflen</translation>
    </message>
    <message>
        <source>section &quot;%1&quot;: an id must be unique, in lower case with _</source>
        <translation>adran &quot;%1&quot;: rhaid i id fod yn unigryw, mewn llythrennau bach gyda _</translation>
    </message>
    <message>
        <source>section &quot;%1&quot; has no fields</source>
        <translation>nid oes unrhyw feysydd yn adran &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, llinell %2: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>mae &quot;%1&quot; ar goll</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs both English (en) and Welsh (cy) text</source>
        <translation>mae angen testun Saesneg (en) a Chymraeg (cy) ar &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a condition names &quot;%1&quot;, which is not a field defined before it</source>
        <translation>mae amod yn enwi &quot;%1&quot;, nad yw&apos;n faes a ddiffiniwyd cyn yr amod</translation>
    </message>
    <message>
        <source>a condition needs equals, contains, in or notEmpty</source>
        <translation>mae angen equals, contains, in neu notEmpty ar amod</translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: an id must be unique, in lower case with _</source>
        <translation>maes &quot;%1&quot;: rhaid i id fod yn unigryw, mewn llythrennau bach gyda _</translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: &quot;%2&quot; is not a field type</source>
        <translation>maes &quot;%1&quot;: nid yw &quot;%2&quot; yn fath o faes</translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: a choice needs a value and a label</source>
        <translation>maes &quot;%1&quot;: mae angen gwerth a label ar ddewis</translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: a choice field needs at least two choices</source>
        <translation>maes &quot;%1&quot;: mae angen o leiaf dau ddewis ar faes dewis</translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: prefill path &quot;%2&quot; does not exist</source>
        <translation>maes &quot;%1&quot;: nid yw&apos;r llwybr rhag-lenwi &quot;%2&quot; yn bodoli</translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: &quot;%2&quot; is not a rule kind</source>
        <translation>maes &quot;%1&quot;: nid yw &quot;%2&quot; yn fath o reol</translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: rule %2 needs a number</source>
        <translation>maes &quot;%1&quot;: mae angen rhif ar reol %2</translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: the pattern is not a valid regular expression</source>
        <translation>maes &quot;%1&quot;: nid yw&apos;r patrwm yn fynegiad rheolaidd dilys</translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: rule %2 needs &quot;today&quot; or an earlier date field</source>
        <translation>maes &quot;%1&quot;: mae angen &quot;today&quot; neu faes dyddiad cynharach ar reol %2</translation>
    </message>
    <message>
        <source>%1 is larger than a form definition may be.</source>
        <translation>Mae %1 yn fwy nag y caiff diffiniad ffurflen fod.</translation>
    </message>
    <message>
        <source>%1, line 1: a form definition is a JSON object</source>
        <translation>%1, llinell 1: rhaid i ddiffiniad ffurflen fod yn wrthrych JSON</translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: &quot;summary&quot; must be true or false</source>
        <translation>maes &quot;%1&quot;: rhaid i &quot;summary&quot; fod yn true neu false</translation>
    </message>
    <message>
        <source>&quot;health&quot; must be true or false</source>
        <translation>rhaid i &quot;health&quot; fod yn true neu false</translation>
    </message>
</context>
<context>
    <name>FormDocument</name>
    <message>
        <source>Not answered</source>
        <translation>Heb ei ateb</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Enw: %1</translation>
    </message>
    <message>
        <source>Form version: %1</source>
        <translation>Fersiwn y ffurflen: %1</translation>
    </message>
    <message>
        <source>Draft — not signed off</source>
        <translation>Drafft — heb ei gymeradwyo</translation>
    </message>
    <message>
        <source>Finished version %1, signed off by %2 on %3.</source>
        <translation>Fersiwn gorffenedig %1, wedi&apos;i gymeradwyo gan %2 ar %3.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>Your summary: %1</source>
        <translation>Eich crynodeb: %1</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Ar gyfer %1</translation>
    </message>
    <message>
        <source>What we agreed</source>
        <translation>Beth wnaethon ni gytuno arno</translation>
    </message>
    <message>
        <source>Nothing has been written down yet.</source>
        <translation>Does dim byd wedi&apos;i ysgrifennu eto.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Beth sy&apos;n digwydd nesaf</translation>
    </message>
    <message>
        <source>Your coach will go over this with you at your next appointment.</source>
        <translation>Bydd eich hyfforddwr yn mynd drwy hyn gyda chi yn eich apwyntiad nesaf.</translation>
    </message>
    <message>
        <source>If something here is wrong</source>
        <translation>Os oes rhywbeth o&apos;i le yma</translation>
    </message>
    <message>
        <source>If something here is wrong, tell your coach and they will put it right.</source>
        <translation>Os oes rhywbeth o&apos;i le yma, dywedwch wrth eich hyfforddwr a bydd yn ei gywiro.</translation>
    </message>
    <message>
        <source>Keep this page so you can look back at what you agreed.</source>
        <translation>Cadwch y dudalen hon er mwyn i chi allu edrych yn ôl ar yr hyn y cytunoch arno.</translation>
    </message>
</context>
<context>
    <name>FormEditor</name>
    <message>
        <source>QQ 12 34 56 C</source>
        <translation>QQ 12 34 56 C</translation>
    </message>
    <message>
        <source>For example, LS1 4AP</source>
        <translation>Er enghraifft, LS1 4AP</translation>
    </message>
    <message>
        <source>For example, 07700 900982</source>
        <translation>Er enghraifft, 07700 900982</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>enw@example.com</translation>
    </message>
    <message>
        <source>One item a line.</source>
        <translation>Un eitem ar bob llinell.</translation>
    </message>
    <message>
        <source>Tick all that apply. Use the arrow keys to move and Space to tick.</source>
        <translation>Ticiwch bob un sy&apos;n berthnasol. Defnyddiwch y bysellau saeth i symud a&apos;r Bylchwr i dicio.</translation>
    </message>
    <message>
        <source>Type the full name of the person agreeing.</source>
        <translation>Teipiwch enw llawn y person sy&apos;n cytuno.</translation>
    </message>
    <message>
        <source>&amp;Previous section</source>
        <translation>Adran &amp;flaenorol</translation>
    </message>
    <message>
        <source>Ne&amp;xt section</source>
        <translation>Adran &amp;nesaf</translation>
    </message>
    <message>
        <source>&amp;Finish and sign off…</source>
        <translation>&amp;Gorffen a chymeradwyo…</translation>
    </message>
    <message>
        <source>C&amp;lose form</source>
        <translation>C&amp;au&apos;r ffurflen</translation>
    </message>
    <message>
        <source>Form: %1</source>
        <translation>Ffurflen: %1</translation>
    </message>
    <message>
        <source>There is a problem</source>
        <translation>Mae problem</translation>
    </message>
    <message>
        <source>Sections of the form</source>
        <translation>Adrannau&apos;r ffurflen</translation>
    </message>
    <message>
        <source>Choose a section to fill it in. Each shows whether it is complete.</source>
        <translation>Dewiswch adran i&apos;w llenwi. Mae pob un yn dangos a yw&apos;n gyflawn.</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (gofynnol)</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (dewisol)</translation>
    </message>
    <message>
        <source>Filled in from the case: %1</source>
        <translation>Wedi&apos;i llenwi o&apos;r achos: %1</translation>
    </message>
    <message>
        <source>Update the case too when the form is finished</source>
        <translation>Diweddaru&apos;r achos hefyd pan fydd y ffurflen wedi&apos;i gorffen</translation>
    </message>
    <message>
        <source>Without this, changing the answer changes only the form, not the case.</source>
        <translation>Heb hyn, mae newid yr ateb yn newid y ffurflen yn unig, nid yr achos.</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(heb ei ateb)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Heb ei gadw eto</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Cyflawn</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n broblem</numerusform>
            <numerusform>%n broblem</numerusform>
            <numerusform>%n o broblemau</numerusform>
            <numerusform>%n o broblemau</numerusform>
            <numerusform>%n o broblemau</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 required answered</source>
        <translation>%1 o %2 gofynnol wedi&apos;u hateb</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Heb ei gadw</translation>
    </message>
    <message>
        <source>The draft was not saved</source>
        <translation>Ni chadwyd y drafft</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Drafft wedi&apos;i gadw</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before the form can be finished.</source>
        <translation>
            <numerusform>%n broblem i&apos;w datrys cyn y gellir gorffen y ffurflen.</numerusform>
            <numerusform>%n broblem i&apos;w datrys cyn y gellir gorffen y ffurflen.</numerusform>
            <numerusform>%n o broblemau i&apos;w datrys cyn y gellir gorffen y ffurflen.</numerusform>
            <numerusform>%n o broblemau i&apos;w datrys cyn y gellir gorffen y ffurflen.</numerusform>
            <numerusform>%n o broblemau i&apos;w datrys cyn y gellir gorffen y ffurflen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish the form</source>
        <translation>Gorffen y ffurflen</translation>
    </message>
    <message>
        <source>Finish “%1” and sign it off as %2? The finished version cannot be changed afterwards; later changes make a new version.</source>
        <translation>Gorffen “%1” a&apos;i chymeradwyo fel %2? Ni ellir newid y fersiwn orffenedig wedyn; mae newidiadau diweddarach yn gwneud fersiwn newydd.</translation>
    </message>
    <message>
        <source>The case was not updated</source>
        <translation>Ni ddiweddarwyd yr achos</translation>
    </message>
    <message>
        <source>%1 The form is still a draft.</source>
        <translation>%1 Mae&apos;r ffurflen yn dal yn ddrafft.</translation>
    </message>
    <message>
        <source>The form was not finished</source>
        <translation>Ni orffennwyd y ffurflen</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/BBBB</translation>
    </message>
    <message>
        <source>Write the date as day/month/year, for example 27/3/2026.</source>
        <translation>Ysgrifennwch y dyddiad fel diwrnod/mis/blwyddyn, er enghraifft 27/3/2026.</translation>
    </message>
    <message>
        <source>&amp;Finish and sign off</source>
        <translation>&amp;Gorffen a chymeradwyo</translation>
    </message>
</context>
<context>
    <name>FormExport</name>
    <message>
        <source>The PDF leaves the vault&apos;s encrypted store: anyone who can open the file can read it. Keep it only as long as it is needed, then delete it. If you save it, the audit log records that it was saved.</source>
        <translation>Mae&apos;r PDF yn gadael storfa amgryptiedig y gladdgell: gall unrhyw un sy&apos;n gallu agor y ffeil ei darllen. Cadwch hi dim ond cyhyd ag y mae ei hangen, yna dilëwch hi. Os byddwch yn ei chadw, bydd y log archwilio yn cofnodi iddi gael ei chadw.</translation>
    </message>
</context>
<context>
    <name>FormFillCommand</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Nid oes modd darllen %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a form&apos;s answers.</source>
        <translation>Mae %1 yn rhy fawr i fod yn atebion ffurflen.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>Nid yw %1 yn JSON dilys: %2</translation>
    </message>
    <message>
        <source>%1 must be a JSON object of field id to answer text.</source>
        <translation>Rhaid i %1 fod yn wrthrych JSON o id maes i destun ateb.</translation>
    </message>
    <message>
        <source>%1 has answers the form cannot take.</source>
        <translation>Mae gan %1 atebion na all y ffurflen eu derbyn.</translation>
    </message>
    <message>
        <source>the form %1 has no such field.</source>
        <translation>nid oes gan y ffurflen %1 faes o&apos;r fath.</translation>
    </message>
    <message>
        <source>the answer must be text in quotes (&quot;yes&quot;, &quot;2026-03-03&quot;, &quot;12&quot;).</source>
        <translation>rhaid i&apos;r ateb fod yn destun mewn dyfynodau (&quot;yes&quot;, &quot;2026-03-03&quot;, &quot;12&quot;).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>--language must be en or cy.</source>
        <translation>Rhaid i --language fod yn en neu cy.</translation>
    </message>
    <message>
        <source>There is no form called &quot;%1&quot;. See form list.</source>
        <translation>Nid oes ffurflen o&apos;r enw &quot;%1&quot;. Gweler form list.</translation>
    </message>
    <message>
        <source>There is no person with the id %1 in this vault.</source>
        <translation>Nid oes person â&apos;r id %1 yn y storfa hon.</translation>
    </message>
    <message>
        <source>The answers do not pass the form&apos;s checks; no PDF was written.</source>
        <translation>Nid yw&apos;r atebion yn pasio gwiriadau&apos;r ffurflen; ni ysgrifennwyd PDF.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Ysgrifennwyd %1.</translation>
    </message>
    <message>
        <source>Finished and signed off as %1: version %2, kept in the vault.</source>
        <translation>Wedi&apos;i gorffen a&apos;i chymeradwyo fel %1: fersiwn %2, wedi&apos;i chadw yn y gladdgell.</translation>
    </message>
</context>
<context>
    <name>FormLibrary</name>
    <message>
        <source>The built-in form %1 cannot be read.</source>
        <translation>Nid oes modd darllen y ffurflen adeiledig %1.</translation>
    </message>
</context>
<context>
    <name>FormPrefill</name>
    <message>
        <source>Who is signed in to the vault</source>
        <translation>Pwy sydd wedi mewngofnodi i&apos;r storfa</translation>
    </message>
    <message>
        <source>Today&apos;s date</source>
        <translation>Dyddiad heddiw</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Ffynhonnell: %1</translation>
    </message>
    <message>
        <source>This answer has no single place in the case to update.</source>
        <translation>Nid oes gan yr ateb hwn un lle penodol yn yr achos i&apos;w ddiweddaru.</translation>
    </message>
</context>
<context>
    <name>FormStore</name>
    <message>
        <source>That draft is no longer there.</source>
        <translation>Nid yw&apos;r drafft hwnnw yno mwyach.</translation>
    </message>
    <message>
        <source>This draft was started on another version of the form.</source>
        <translation>Dechreuwyd y drafft hwn ar fersiwn arall o&apos;r ffurflen.</translation>
    </message>
    <message>
        <source>Say who is signing the form off.</source>
        <translation>Dywedwch pwy sy&apos;n cymeradwyo&apos;r ffurflen.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) need attention before the form can be finished.</source>
        <translation>
            <numerusform>Mae angen sylw ar %n ateb cyn y gellir gorffen y ffurflen.</numerusform>
            <numerusform>Mae angen sylw ar %n ateb cyn y gellir gorffen y ffurflen.</numerusform>
            <numerusform>Mae angen sylw ar %n o atebion cyn y gellir gorffen y ffurflen.</numerusform>
            <numerusform>Mae angen sylw ar %n ateb cyn y gellir gorffen y ffurflen.</numerusform>
            <numerusform>Mae angen sylw ar %n o atebion cyn y gellir gorffen y ffurflen.</numerusform>
        </translation>
    </message>
    <message>
        <source>That finished form is not in this vault.</source>
        <translation>Nid yw&apos;r ffurflen orffenedig honno yn y storfa hon.</translation>
    </message>
</context>
<context>
    <name>FormSyncRules</name>
    <message>
        <source>the forms of this vault could not be read</source>
        <translation>nid oedd modd darllen ffurflenni&apos;r storfa hon</translation>
    </message>
    <message>
        <source>this vault does not have version %1 of the form %2; import the forms bundle that has it first</source>
        <translation>nid oes gan y storfa hon fersiwn %1 o&apos;r ffurflen %2; mewnforiwch y bwndel ffurflenni sy&apos;n ei chynnwys yn gyntaf</translation>
    </message>
    <message>
        <source>this vault has no form %1</source>
        <translation>nid oes gan y storfa hon ffurflen %1</translation>
    </message>
    <message>
        <source>the language is neither English nor Welsh</source>
        <translation>nid Saesneg na Chymraeg yw&apos;r iaith</translation>
    </message>
    <message>
        <source>the form has no layout %1</source>
        <translation>nid oes gan y ffurflen gynllun %1</translation>
    </message>
    <message>
        <source>%1 is not a field of the form %2</source>
        <translation>nid yw %1 yn faes yn y ffurflen %2</translation>
    </message>
    <message>
        <source>the answer to %1 is longer than the form allows (%2 characters)</source>
        <translation>mae&apos;r ateb i %1 yn hirach nag y mae&apos;r ffurflen yn ei ganiatáu (%2 nod)</translation>
    </message>
    <message>
        <source>the answer to %1 does not pass the form&apos;s checks (%2)</source>
        <translation>nid yw&apos;r ateb i %1 yn pasio gwiriadau&apos;r ffurflen (%2)</translation>
    </message>
</context>
<context>
    <name>FormValidator</name>
    <message>
        <source>Use %1 characters or fewer.</source>
        <translation>Defnyddiwch %1 nod neu lai.</translation>
    </message>
    <message>
        <source>Enter a number, like 16 or 37.5.</source>
        <translation>Rhowch rif, fel 16 neu 37.5.</translation>
    </message>
    <message>
        <source>Enter %1 or more.</source>
        <translation>Rhowch %1 neu fwy.</translation>
    </message>
    <message>
        <source>Enter %1 or less.</source>
        <translation>Rhowch %1 neu lai.</translation>
    </message>
    <message>
        <source>Choose yes or no.</source>
        <translation>Dewiswch ie neu na.</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>Dewiswch un o&apos;r opsiynau.</translation>
    </message>
    <message>
        <source>Choose from the options given.</source>
        <translation>Dewiswch o&apos;r opsiynau a roddir.</translation>
    </message>
    <message>
        <source>Type the name of the person agreeing.</source>
        <translation>Teipiwch enw&apos;r unigolyn sy&apos;n cytuno.</translation>
    </message>
    <message>
        <source>Type your full name to agree.</source>
        <translation>Teipiwch eich enw llawn i gytuno.</translation>
    </message>
    <message>
        <source>Select %1.</source>
        <translation>Dewiswch %1.</translation>
    </message>
    <message>
        <source>Enter %1.</source>
        <translation>Rhowch %1.</translation>
    </message>
</context>
<context>
    <name>FormsBundle</name>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>Canslwyd y mewnforio. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>%1: version %2 is not newer than version %3, which this vault already has; skipped</source>
        <translation>%1: nid yw fersiwn %2 yn fwy newydd na fersiwn %3, sydd gan y gladdgell hon eisoes; hepgorwyd</translation>
    </message>
</context>
<context>
    <name>FormsPage</name>
    <message>
        <source>&amp;Start the form</source>
        <translation>&amp;Dechrau&apos;r ffurflen</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Ffurflen</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Dechreuwyd</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>Cadwyd ddiwethaf</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Drafftiau</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Fersiwn</translation>
    </message>
    <message>
        <source>Signed off by</source>
        <translation>Cymeradwywyd gan</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Dyddiad cymeradwyo</translation>
    </message>
    <message>
        <source>Finished forms</source>
        <translation>Ffurflenni gorffenedig</translation>
    </message>
    <message>
        <source>Forms are filled in from what the case already holds; every prefilled answer shows where it came from. A finished form is signed off and kept as it was; later changes make a new version.</source>
        <translation>Caiff ffurflenni eu llenwi o&apos;r hyn sydd gan yr achos eisoes; mae pob ateb a lenwyd ymlaen llaw yn dangos o ble y daeth. Caiff ffurflen orffenedig ei chymeradwyo a&apos;i chadw fel yr oedd; mae newidiadau diweddarach yn gwneud fersiwn newydd.</translation>
    </message>
    <message>
        <source>Form to start</source>
        <translation>Ffurflen i&apos;w dechrau</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Cynllun</translation>
    </message>
    <message>
        <source>Language of the form</source>
        <translation>Iaith y ffurflen</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <source>Welsh (Cymraeg)</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>Start a form</source>
        <translation>Dechrau ffurflen</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (fersiwn %2)</translation>
    </message>
    <message>
        <source>The form was not started</source>
        <translation>Ni ddechreuwyd y ffurflen</translation>
    </message>
    <message>
        <source>The draft did not open</source>
        <translation>Nid agorodd y drafft</translation>
    </message>
    <message>
        <source>Version %1 of this form is no longer on this device, so its draft cannot be opened. Import the forms bundle that holds it, or discard the draft.</source>
        <translation>Nid yw fersiwn %1 o&apos;r ffurflen hon ar y ddyfais hon mwyach, felly ni ellir agor ei drafft. Mewnforiwch y bwndel ffurflenni sy&apos;n ei dal, neu taflwch y drafft.</translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation>Taflu&apos;r drafft</translation>
    </message>
    <message>
        <source>Discard the draft of “%1”? Its answers will be lost; finished versions stay.</source>
        <translation>Taflu drafft “%1”? Bydd ei hatebion yn cael eu colli; mae fersiynau gorffenedig yn aros.</translation>
    </message>
    <message>
        <source>The draft was not discarded</source>
        <translation>Ni thaflwyd y drafft</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Cadw fel &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the take-away s&amp;ummary…</source>
        <translation>Cadw&apos;r c&amp;rynodeb i fynd adref…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>A&amp;rgraffu…</translation>
    </message>
    <message>
        <source>The file is written outside the vault&apos;s encrypted store.</source>
        <translation>Caiff y ffeil ei hysgrifennu y tu allan i storfa wedi&apos;i hamgryptio&apos;r gladdgell.</translation>
    </message>
    <message>
        <source>A short plain-language page for the person to take away. %1</source>
        <translation>Tudalen fer mewn iaith glir i&apos;r person fynd â hi adref. %1</translation>
    </message>
    <message>
        <source>Save outside the vault</source>
        <translation>Cadw y tu allan i&apos;r gladdgell</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Cadw fel PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dogfennau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>Ni chadwyd y PDF</translation>
    </message>
    <message>
        <source>The export was not recorded</source>
        <translation>Ni chofnodwyd yr allforio</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Argraffu %1</translation>
    </message>
    <message>
        <source>Saved “%1” as %2. It is outside the vault: delete it when it is no longer needed.</source>
        <translation>Cadwyd “%1” fel %2. Mae y tu allan i&apos;r gladdgell: dilëwch hi pan nad oes ei hangen mwyach.</translation>
    </message>
    <message>
        <source>&amp;Discard the draft</source>
        <translation>&amp;Taflu&apos;r drafft</translation>
    </message>
    <message>
        <source>&amp;Continue the draft</source>
        <translation>Parhau â&apos;r &amp;drafft</translation>
    </message>
    <message>
        <source>Disc&amp;ard the draft…</source>
        <translation>&amp;Taflu&apos;r drafft…</translation>
    </message>
    <message>
        <source>Print the su&amp;mmary…</source>
        <translation>Argraffu&apos;r cr&amp;ynodeb…</translation>
    </message>
    <message>
        <source>Fo&amp;rm:</source>
        <translation>&amp;Ffurflen:</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>C&amp;ynllun:</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>Daeth o</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Y ddyfais hon</translation>
    </message>
</context>
<context>
    <name>GeodataBundle</name>
    <message>
        <source>%1 is not a postcode outward code</source>
        <translation>Nid yw %1 yn god allanol (rhan gyntaf cod post)</translation>
    </message>
    <message>
        <source>%1 is placed outside the UK</source>
        <translation>Mae %1 wedi&apos;i leoli y tu allan i&apos;r DU</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>Cafodd y mewnforio ei ganslo. Ni chafodd dim ei newid.</translation>
    </message>
</context>
<context>
    <name>ImportBundleDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>&amp;Copy summary</source>
        <translation>&amp;Copïo&apos;r crynodeb</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Mewnforio bwndel</translation>
    </message>
    <message>
        <source>Checking and importing %1…</source>
        <translation>Yn gwirio ac yn mewnforio %1…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Cynnydd y mewnforio</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Crynodeb o&apos;r mewnforio</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Yn canslo…</translation>
    </message>
    <message>
        <source>The bundle was imported.</source>
        <translation>Cafodd y bwndel ei fewnforio.</translation>
    </message>
    <message>
        <source>&amp;Trust this key…</source>
        <translation>&amp;Ymddiried yn yr allwedd hon…</translation>
    </message>
    <message>
        <source>Opens Add a trusted key for the key this file names. Trust it only if its fingerprint matches the one the publisher gave you.</source>
        <translation>Yn agor y ffenestr i ymddiried yn yr allwedd y mae&apos;r ffeil hon yn ei henwi. Ymddiriedwch ynddi dim ond os yw ei hôl bys yn cyfateb i&apos;r un a roddodd y cyhoeddwr i chi.</translation>
    </message>
    <message>
        <source>The key is trusted now. Import the file again to bring in what it holds.</source>
        <translation>Mae&apos;r allwedd wedi&apos;i hymddiried nawr. Mewngludwch y ffeil eto i ddod â&apos;r hyn sydd ynddi i mewn.</translation>
    </message>
</context>
<context>
    <name>JobPostingReader</name>
    <message>
        <source>%1 must be text.</source>
        <translation>Rhaid i %1 fod yn destun.</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>Rhaid i %1 fod yn rhif.</translation>
    </message>
    <message>
        <source>identifier must be text or a PropertyValue.</source>
        <translation>Rhaid i identifier fod yn destun neu&apos;n PropertyValue.</translation>
    </message>
    <message>
        <source>jobLocation must be a Place or a list of them.</source>
        <translation>Rhaid i jobLocation fod yn Place neu&apos;n rhestr ohonynt.</translation>
    </message>
    <message>
        <source>employmentType must be text or a list of text.</source>
        <translation>Rhaid i employmentType fod yn destun neu&apos;n rhestr o destun.</translation>
    </message>
    <message>
        <source>“%1” is not an employment type: use FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN, VOLUNTEER, PER_DIEM or OTHER.</source>
        <translation>Nid yw “%1” yn fath o gyflogaeth: defnyddiwch FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN, VOLUNTEER, PER_DIEM neu OTHER.</translation>
    </message>
    <message>
        <source>baseSalary must be a MonetaryAmount object.</source>
        <translation>Rhaid i baseSalary fod yn wrthrych MonetaryAmount.</translation>
    </message>
    <message>
        <source>The salary is in “%1”; only pounds (GBP) are read.</source>
        <translation>Mae&apos;r cyflog mewn “%1”; dim ond punnoedd (GBP) sy&apos;n cael eu darllen.</translation>
    </message>
    <message>
        <source>baseSalary has no value, minValue or maxValue.</source>
        <translation>Nid oes gan baseSalary value, minValue na maxValue.</translation>
    </message>
    <message>
        <source>“%1” is not a salary unit: use HOUR, DAY, WEEK, MONTH or YEAR.</source>
        <translation>Nid yw “%1” yn uned cyflog: defnyddiwch HOUR, DAY, WEEK, MONTH neu YEAR.</translation>
    </message>
    <message>
        <source>“%1” is not a date or date-time such as 2026-03-27 or 2026-03-27T17:00:00Z.</source>
        <translation>Nid yw “%1” yn ddyddiad nac yn ddyddiad ac amser fel 2026-03-27 neu 2026-03-27T17:00:00Z.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>llinell %1: %2</translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>llinell %1, %2: %3</translation>
    </message>
    <message>
        <source>record %1: %2</source>
        <translation>cofnod %1: %2</translation>
    </message>
    <message>
        <source>record %1, %2: %3</source>
        <translation>cofnod %1, %2: %3</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Nid oedd modd agor %1: %2</translation>
    </message>
    <message>
        <source>The feed is empty.</source>
        <translation>Mae&apos;r ffrwd yn wag.</translation>
    </message>
    <message>
        <source>The feed is larger than %1 MB; give it as JSON Lines, one posting a line.</source>
        <translation>Mae&apos;r ffrwd yn fwy na %1 MB; rhowch hi fel JSON Lines, un hysbyseb ar bob llinell.</translation>
    </message>
    <message>
        <source>The feed is not valid JSON: %1 on line %2.</source>
        <translation>Nid yw&apos;r ffrwd yn JSON dilys: %1 ar linell %2.</translation>
    </message>
    <message numerus="yes">
        <source>The feed holds more than %n posting(s).</source>
        <translation>
            <numerusform>Mae&apos;r ffrwd yn cynnwys mwy na %n hysbyseb.</numerusform>
            <numerusform>Mae&apos;r ffrwd yn cynnwys mwy na %n hysbyseb.</numerusform>
            <numerusform>Mae&apos;r ffrwd yn cynnwys mwy na %n hysbyseb.</numerusform>
            <numerusform>Mae&apos;r ffrwd yn cynnwys mwy na %n hysbyseb.</numerusform>
            <numerusform>Mae&apos;r ffrwd yn cynnwys mwy na %n hysbyseb.</numerusform>
        </translation>
    </message>
    <message>
        <source>The feed is larger than %1 MB.</source>
        <translation>Mae&apos;r ffrwd yn fwy na %1 MB.</translation>
    </message>
    <message>
        <source>The line is longer than %1 KB.</source>
        <translation>Mae&apos;r llinell yn hirach na %1 KB.</translation>
    </message>
    <message>
        <source>The line is not valid JSON: %1.</source>
        <translation>Nid yw&apos;r llinell yn JSON dilys: %1.</translation>
    </message>
    <message>
        <source>The record is not a JSON object.</source>
        <translation>Nid yw&apos;r cofnod yn wrthrych JSON.</translation>
    </message>
    <message>
        <source>A string on line %1 is longer than %2 KB.</source>
        <translation>Mae llinyn ar linell %1 yn hirach na %2 KB.</translation>
    </message>
    <message>
        <source>Objects and arrays nest more than %1 deep on line %2.</source>
        <translation>Mae gwrthrychau ac araeau wedi&apos;u nythu&apos;n ddyfnach na %1 lefel ar linell %2.</translation>
    </message>
    <message>
        <source>The record is a “%1”, not a JobPosting.</source>
        <translation>Mae&apos;r cofnod yn “%1”, nid yn JobPosting.</translation>
    </message>
    <message>
        <source>validThrough (%1) is before datePosted (%2).</source>
        <translation>Mae validThrough (%1) cyn datePosted (%2).</translation>
    </message>
    <message>
        <source>The id “%1” is already used on line %2.</source>
        <translation>Mae&apos;r id “%1” eisoes wedi&apos;i ddefnyddio ar linell %2.</translation>
    </message>
    <message>
        <source>The id “%1” is already used by record %2.</source>
        <translation>Mae&apos;r id “%1” eisoes wedi&apos;i ddefnyddio gan gofnod %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the feed break a rule. The first: %1</source>
        <translation>
            <numerusform>Mae %n llinell o&apos;r ffrwd yn torri rheol. Y gyntaf: %1</numerusform>
            <numerusform>Mae %n llinell o&apos;r ffrwd yn torri rheol. Y gyntaf: %1</numerusform>
            <numerusform>Mae %n llinell o&apos;r ffrwd yn torri rheol. Y gyntaf: %1</numerusform>
            <numerusform>Mae %n llinell o&apos;r ffrwd yn torri rheol. Y gyntaf: %1</numerusform>
            <numerusform>Mae %n llinell o&apos;r ffrwd yn torri rheol. Y gyntaf: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of the feed break a rule. The first: %1</source>
        <translation>
            <numerusform>Mae %n cofnod o&apos;r ffrwd yn torri rheol. Y cyntaf: %1</numerusform>
            <numerusform>Mae %n cofnod o&apos;r ffrwd yn torri rheol. Y cyntaf: %1</numerusform>
            <numerusform>Mae %n cofnod o&apos;r ffrwd yn torri rheol. Y cyntaf: %1</numerusform>
            <numerusform>Mae %n cofnod o&apos;r ffrwd yn torri rheol. Y cyntaf: %1</numerusform>
            <numerusform>Mae %n cofnod o&apos;r ffrwd yn torri rheol. Y cyntaf: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobTitleNormaliser</name>
    <message>
        <source>No occupation&apos;s label matches “%1”.</source>
        <translation>Nid yw label unrhyw alwedigaeth yn cyfateb i “%1”.</translation>
    </message>
    <message>
        <source>“%1” matched the label “%2” of %3 (%4, confidence %5%).</source>
        <translation>Roedd “%1” yn cyfateb i&apos;r label “%2” ar gyfer %3 (%4, hyder %5%).</translation>
    </message>
</context>
<context>
    <name>KdfChoice</name>
    <message>
        <source>--kdf must be moderate or interactive.</source>
        <translation>Rhaid i --kdf fod yn moderate neu interactive.</translation>
    </message>
</context>
<context>
    <name>KeyCommands</name>
    <message>
        <source>%1.key already exists; choose another name.</source>
        <translation>Mae %1.key yn bodoli eisoes; dewiswch enw arall.</translation>
    </message>
    <message>
        <source>Key %1 written to %2.key (secret) and %2.pub (public).</source>
        <translation>Ysgrifennwyd allwedd %1 i %2.key (cyfrinachol) a %2.pub (cyhoeddus).</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Ôl bys: %1</translation>
    </message>
    <message>
        <source>Say which format: key export --minisign.</source>
        <translation>Nodwch pa fformat: key export --minisign.</translation>
    </message>
    <message>
        <source>Public key %1 written. Fingerprint: %2</source>
        <translation>Ysgrifennwyd allwedd gyhoeddus %1. Ôl bys: %2</translation>
    </message>
    <message>
        <source>Name the public key file: key fingerprint FILE.pub</source>
        <translation>Rhowch enw ffeil yr allwedd gyhoeddus: key fingerprint FILE.pub</translation>
    </message>
    <message>
        <source>Key %1, fingerprint %2</source>
        <translation>Allwedd %1, ôl bys %2</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>Mae %1 yn bodoli eisoes; dewiswch enw arall.</translation>
    </message>
    <message>
        <source>Unknown kind of bundle &quot;%1&quot;.</source>
        <translation>Math anhysbys o fwndel &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The new key&apos;s passphrase:</source>
        <translation>Cyfrinymadrodd yr allwedd newydd:</translation>
    </message>
    <message>
        <source>Key change statement written to %1.</source>
        <translation>Ysgrifennwyd y datganiad newid allwedd i %1.</translation>
    </message>
    <message>
        <source>Old key %1, fingerprint %2</source>
        <translation>Hen allwedd %1, ôl bys %2</translation>
    </message>
    <message>
        <source>New key %1, fingerprint %2</source>
        <translation>Allwedd newydd %1, ôl bys %2</translation>
    </message>
    <message>
        <source>The public key file.</source>
        <translation>Ffeil yr allwedd gyhoeddus.</translation>
    </message>
</context>
<context>
    <name>KeyRotation</name>
    <message>
        <source>The old and the new key are the same key; make a new key first.</source>
        <translation>Yr un allwedd yw&apos;r hen allwedd a&apos;r allwedd newydd; gwnewch allwedd newydd yn gyntaf.</translation>
    </message>
    <message>
        <source>The reason must be one line of at most %1 characters.</source>
        <translation>Rhaid i&apos;r rheswm fod yn un llinell o %1 nod ar y mwyaf.</translation>
    </message>
    <message>
        <source>The time the statement is issued is not valid.</source>
        <translation>Nid yw amser cyhoeddi&apos;r datganiad yn ddilys.</translation>
    </message>
    <message>
        <source>This file is larger than %1 KiB, so it is not a key change statement.</source>
        <translation>Mae&apos;r ffeil hon yn fwy na %1 KiB, felly nid datganiad newid allwedd yw hi.</translation>
    </message>
    <message>
        <source>This file is not a key change statement.</source>
        <translation>Nid datganiad newid allwedd yw&apos;r ffeil hon.</translation>
    </message>
    <message>
        <source>This key change statement was made by a newer version of Waymark.</source>
        <translation>Cafodd y datganiad newid allwedd hwn ei wneud gan fersiwn mwy newydd o Waymark.</translation>
    </message>
    <message>
        <source>The key change statement is incomplete or has extra lines; ask the publisher for it again.</source>
        <translation>Mae&apos;r datganiad newid allwedd yn anghyflawn neu mae ganddo linellau ychwanegol; gofynnwch i&apos;r cyhoeddwr amdano eto.</translation>
    </message>
    <message>
        <source>Line %1 of the key change statement should start with &quot;%2&quot;.</source>
        <translation>Dylai llinell %1 o&apos;r datganiad newid allwedd ddechrau gyda &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The old key in the key change statement is not a valid public key.</source>
        <translation>Nid yw&apos;r hen allwedd yn y datganiad newid allwedd yn allwedd gyhoeddus ddilys.</translation>
    </message>
    <message>
        <source>The new key in the key change statement is not a valid public key.</source>
        <translation>Nid yw&apos;r allwedd newydd yn y datganiad newid allwedd yn allwedd gyhoeddus ddilys.</translation>
    </message>
    <message>
        <source>The key change statement names the same key as old and new, so it changes nothing.</source>
        <translation>Mae&apos;r datganiad newid allwedd yn enwi&apos;r un allwedd fel yr hen a&apos;r newydd, felly nid yw&apos;n newid dim.</translation>
    </message>
    <message>
        <source>The key change statement names a kind of bundle this version does not know: &quot;%1&quot;.</source>
        <translation>Mae&apos;r datganiad newid allwedd yn enwi math o fwndel nad yw&apos;r fersiwn hon yn ei adnabod: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The kinds in the key change statement must be listed once each, in alphabetical order.</source>
        <translation>Rhaid rhestru&apos;r mathau yn y datganiad newid allwedd unwaith yr un, yn nhrefn yr wyddor.</translation>
    </message>
    <message>
        <source>The issue time in the key change statement is not valid.</source>
        <translation>Nid yw&apos;r amser cyhoeddi yn y datganiad newid allwedd yn ddilys.</translation>
    </message>
    <message>
        <source>The reason in the key change statement is not one line of at most %1 characters.</source>
        <translation>Nid yw&apos;r rheswm yn y datganiad newid allwedd yn un llinell o %1 nod ar y mwyaf.</translation>
    </message>
    <message>
        <source>The old key&apos;s signature on the key change statement is not in minisign&apos;s format.</source>
        <translation>Nid yw llofnod yr hen allwedd ar y datganiad newid allwedd ar fformat minisign.</translation>
    </message>
    <message>
        <source>The key change statement is not signed by the old key, or it was changed after signing. Do not use it.</source>
        <translation>Nid yw&apos;r datganiad newid allwedd wedi&apos;i lofnodi gan yr hen allwedd, neu cafodd ei newid ar ôl ei lofnodi. Peidiwch â&apos;i ddefnyddio.</translation>
    </message>
    <message>
        <source>The new key&apos;s signature on the key change statement is not in minisign&apos;s format.</source>
        <translation>Nid yw llofnod yr allwedd newydd ar y datganiad newid allwedd ar fformat minisign.</translation>
    </message>
    <message>
        <source>The key change statement is not signed by the new key, so nothing shows the publisher holds it. Do not use it.</source>
        <translation>Nid yw&apos;r datganiad newid allwedd wedi&apos;i lofnodi gan yr allwedd newydd, felly nid oes dim yn dangos bod gan y cyhoeddwr hi. Peidiwch â&apos;i ddefnyddio.</translation>
    </message>
</context>
<context>
    <name>KeySlot</name>
    <message>
        <source>This is not a Waymark vault, or its key file is damaged.</source>
        <translation>Nid storfa Waymark yw hon, neu mae ei ffeil allwedd wedi&apos;i difrodi.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file could not be read.</source>
        <translation>Nid oedd modd darllen ffeil allwedd y storfa.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Waymark. Update Waymark, then try again.</source>
        <translation>Cafodd y storfa hon ei chreu gan fersiwn mwy diweddar o Waymark. Diweddarwch Waymark, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file could not be written. Check there is space on the disk.</source>
        <translation>Nid oedd modd ysgrifennu ffeil allwedd y storfa. Gwiriwch fod lle ar y ddisg.</translation>
    </message>
</context>
<context>
    <name>LeafletDialog</name>
    <message>
        <source>Leaflet for the person</source>
        <translation>Taflen i’r person</translation>
    </message>
    <message>
        <source>&amp;Language of the leaflet</source>
        <translation>&amp;Iaith y daflen</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Argraffu…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Cadw fel P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the leaflet as a PDF</source>
        <translation>Cadw’r daflen fel PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dogfennau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>Ni chadwyd y PDF</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Waymark</source>
        <translation>Waymark</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>Ychwanegu person &amp;newydd…</translation>
    </message>
    <message>
        <source>&amp;Create a vault…</source>
        <translation>&amp;Creu storfa…</translation>
    </message>
    <message>
        <source>&amp;Open a vault…</source>
        <translation>&amp;Agor storfa…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>C&amp;loi</translation>
    </message>
    <message>
        <source>&amp;Export everything held on this person…</source>
        <translation>All&amp;forio popeth a gedwir ynglŷn â&apos;r person hwn…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <source>&amp;Find in caseload</source>
        <translation>&amp;Chwilio yn y llwyth achosion</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Gosodiadau…</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Storfa</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Newid y &amp;cyfrinymadrodd…</translation>
    </message>
    <message>
        <source>&amp;Check the vault</source>
        <translation>&amp;Gwirio&apos;r storfa</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>Cy&amp;soni</translation>
    </message>
    <message>
        <source>&amp;Import a bundle…</source>
        <translation>&amp;Mewnforio bwndel…</translation>
    </message>
    <message>
        <source>&amp;Trusted keys…</source>
        <translation>Allweddi &amp;dibynadwy…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>&amp;About Waymark</source>
        <translation>&amp;Ynghylch Waymark</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Prif far offer</translation>
    </message>
    <message>
        <source>&amp;New %1…</source>
        <translation>Ychwanegu %1 &amp;newydd…</translation>
    </message>
    <message>
        <source>No vault open</source>
        <translation>Dim storfa ar agor</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Storfa: %1</translation>
    </message>
    <message numerus="yes">
        <source>Unlocked: locks after %n minute(s) idle</source>
        <translation>
            <numerusform>Wedi&apos;i datgloi: bydd yn cloi ar ôl %n munud heb ei defnyddio</numerusform>
            <numerusform>Wedi&apos;i datgloi: bydd yn cloi ar ôl %n munud heb ei defnyddio</numerusform>
            <numerusform>Wedi&apos;i datgloi: bydd yn cloi ar ôl %n munud heb ei defnyddio</numerusform>
            <numerusform>Wedi&apos;i datgloi: bydd yn cloi ar ôl %n munud heb ei defnyddio</numerusform>
            <numerusform>Wedi&apos;i datgloi: bydd yn cloi ar ôl %n munud heb ei defnyddio</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Wedi&apos;i chloi</translation>
    </message>
    <message>
        <source>Open a vault (a folder ending in .waymark)</source>
        <translation>Agor storfa (ffolder sy&apos;n gorffen â .waymark)</translation>
    </message>
    <message>
        <source>Not a vault</source>
        <translation>Nid yw&apos;n storfa</translation>
    </message>
    <message>
        <source>This folder is not a Waymark vault. Choose a folder whose name ends in .waymark.</source>
        <translation>Nid yw&apos;r ffolder hwn yn storfa Waymark. Dewiswch ffolder y mae ei enw&apos;n gorffen â .waymark.</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Newidiwyd y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>The vault now opens with the new passphrase only.</source>
        <translation>Bydd y storfa nawr yn agor gyda&apos;r cyfrinymadrodd newydd yn unig.</translation>
    </message>
    <message>
        <source>Vault check</source>
        <translation>Gwiriad o&apos;r storfa</translation>
    </message>
    <message>
        <source>The vault is in good order and its audit log is intact.</source>
        <translation>Mae&apos;r storfa mewn trefn dda ac mae ei log archwilio yn gyfan.</translation>
    </message>
    <message>
        <source>The check found problems:
%1</source>
        <translation>Daeth y gwiriad o hyd i broblemau:
%1</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Mewnforio bwndel</translation>
    </message>
    <message>
        <source>Waymark bundles (*.wmbundle);;All files (*)</source>
        <translation>Bwndeli Waymark (*.wmbundle);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>About Waymark</source>
        <translation>Ynghylch Waymark</translation>
    </message>
    <message>
        <source>Waymark %1
An offline, encrypted caseload for people who help others into work.</source>
        <translation>Waymark %1
Llwyth achosion all-lein, wedi&apos;i amgryptio, ar gyfer pobl sy&apos;n helpu eraill i gael gwaith.</translation>
    </message>
    <message>
        <source>&amp;Export for a device…</source>
        <translation>&amp;Allforio ar gyfer dyfais…</translation>
    </message>
    <message>
        <source>&amp;Devices…</source>
        <translation>Dy&amp;feisiau…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Gwrthdaro…</translation>
    </message>
    <message>
        <source>Save a receipt</source>
        <translation>Cadw derbynneb</translation>
    </message>
    <message>
        <source>Save a receipt for the sender</source>
        <translation>Cadw derbynneb ar gyfer yr anfonwr</translation>
    </message>
    <message>
        <source>The receipt could not be saved. Check there is space and that you may write to that folder, then try again.</source>
        <translation>Nid oedd modd cadw&apos;r dderbynneb. Gwiriwch fod digon o le a bod gennych ganiatâd i ysgrifennu i&apos;r ffolder hwnnw, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The receipt is saved. Send it back to the device that sent the caseload, so it knows the changes arrived and stops sending them.</source>
        <translation>Mae&apos;r dderbynneb wedi&apos;i chadw. Anfonwch hi yn ôl at y ddyfais a anfonodd y llwyth achosion, fel ei bod yn gwybod bod y newidiadau wedi cyrraedd ac yn rhoi&apos;r gorau i&apos;w hanfon.</translation>
    </message>
    <message>
        <source>Find people for a &amp;vacancy…</source>
        <translation>Dod o hyd i bobl ar gyfer swydd &amp;wag…</translation>
    </message>
    <message>
        <source>Choose an open vacancy and see who on the caseload fits it best.</source>
        <translation>Dewiswch swydd wag agored a gweld pwy yn y llwyth achosion sydd fwyaf addas ar ei chyfer.</translation>
    </message>
    <message>
        <source>Skills &amp;taxonomy…</source>
        <translation>&amp;Tacsonomeg sgiliau…</translation>
    </message>
    <message>
        <source>See which skills taxonomy matching uses, import ESCO or go back to the built-in one.</source>
        <translation>Gweld pa dacsonomeg sgiliau a ddefnyddir wrth baru, mewnforio ESCO neu fynd yn ôl i&apos;r un adeiledig.</translation>
    </message>
    <message>
        <source>&amp;Quarantine…</source>
        <translation>&amp;Cwarantîn…</translation>
    </message>
    <message>
        <source>See items from imported bundles that failed the checks, and export them for the sender.</source>
        <translation>Gweld eitemau o fwndeli a fewnforiwyd a fethodd y gwiriadau, a&apos;u hallforio ar gyfer yr anfonwr.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Mae&apos;r storfa wedi&apos;i chloi.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later, with no warranty.

Skills and occupations data:
%1
%2</source>
        <translation>Meddalwedd rydd dan Drwydded Gyhoeddus Gyffredinol GNU, fersiwn 3 neu ddiweddarach, heb warant.

Data sgiliau a galwedigaethau:
%1
%2</translation>
    </message>
    <message>
        <source>This vault&apos;s passphrase is protected by a cheaper key derivation than Waymark now uses. Choose Vault ▸ Change passphrase… to strengthen it.</source>
        <translation>Mae cyfrinymadrodd y storfa hon wedi&apos;i ddiogelu gan ddeillio allwedd rhatach nag y mae Waymark yn ei ddefnyddio bellach. Dewiswch Storfa ▸ Newid y cyfrinymadrodd… i&apos;w gryfhau.</translation>
    </message>
    <message>
        <source>The disk is full: you can read this vault, but changes can&apos;t be saved until you free some space.</source>
        <translation>Mae&apos;r ddisg yn llawn: gallwch ddarllen y storfa hon, ond does dim modd cadw newidiadau nes i chi ryddhau rhywfaint o le.</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Adfer o gopi wrth gefn…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>Gwneud copi &amp;wrth gefn…</translation>
    </message>
    <message>
        <source>Write the whole vault into one encrypted file, to keep on another disk.</source>
        <translation>Ysgrifennu&apos;r gladdgell gyfan i un ffeil wedi&apos;i hamgryptio, i&apos;w chadw ar ddisg arall.</translation>
    </message>
    <message>
        <source>&amp;Export everything held on this %1…</source>
        <translation>All&amp;forio popeth a gedwir ynglŷn â&apos;r %1 hwn…</translation>
    </message>
    <message>
        <source>The audit log was cut</source>
        <translation>Cafodd y log archwilio ei dorri</translation>
    </message>
    <message>
        <source>Tell whoever is responsible for information governance. Vault ▸ Check the vault will report this every time.</source>
        <translation>Dywedwch wrth bwy bynnag sy&apos;n gyfrifol am lywodraethu gwybodaeth. Bydd Storfa ▸ Gwirio&apos;r storfa yn adrodd hyn bob tro.</translation>
    </message>
    <message>
        <source>Unlocked: automatic lock paused</source>
        <translation>Wedi&apos;i datgloi: mae&apos;r cloi awtomatig wedi&apos;i oedi</translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation>Gwneud copi wrth gefn o&apos;r gladdgell</translation>
    </message>
    <message>
        <source>Waymark backups (*.wmbackup);;All files (*)</source>
        <translation>Copïau wrth gefn Waymark (*.wmbackup);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>The backup is saved in %1. Keep it somewhere other than this computer. It opens with the vault&apos;s passphrase as it is today; after changing the passphrase, make a new backup.</source>
        <translation>Mae&apos;r copi wrth gefn wedi&apos;i gadw yn %1. Cadwch ef yn rhywle heblaw&apos;r cyfrifiadur hwn. Mae&apos;n agor gyda chyfrinymadrodd y gladdgell fel y mae heddiw; ar ôl newid y cyfrinymadrodd, gwnewch gopi wrth gefn newydd.</translation>
    </message>
    <message>
        <source>The backup made on %1 is restored as a new vault in %2.</source>
        <translation>Mae&apos;r copi wrth gefn a wnaed ar %1 wedi&apos;i adfer fel claddgell newydd yn %2.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Adfer o gopi wrth gefn</translation>
    </message>
    <message>
        <source>The vault check found no problems.</source>
        <translation>Ni chafodd gwiriad y gladdgell hyd i unrhyw broblemau.</translation>
    </message>
    <message>
        <source>The vault check found problems:
%1</source>
        <translation>Cafodd gwiriad y gladdgell hyd i broblemau:
%1</translation>
    </message>
    <message>
        <source>When Waymark locked, these changes could not be saved because they did not pass the checks, so they were not kept:</source>
        <translation>Pan gloodd Waymark, nid oedd modd cadw&apos;r newidiadau hyn am nad oeddent yn pasio&apos;r gwiriadau, felly ni chawsant eu cadw:</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>Enter them again and save them.</source>
        <translation>Rhowch nhw eto a&apos;u cadw.</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Newidiadau heb eu cadw</translation>
    </message>
    <message>
        <source>&amp;Vacancies report…</source>
        <translation>Adroddiad &amp;swyddi gwag…</translation>
    </message>
    <message>
        <source>See how many imported vacancies got an occupation and skills, and which titles mapped to nothing.</source>
        <translation>Gweld faint o&apos;r swyddi gwag a fewnforiwyd a gafodd alwedigaeth a sgiliau, a pha deitlau na chawsant eu cysylltu â dim.</translation>
    </message>
    <message>
        <source>Vacancies report</source>
        <translation>Adroddiad swyddi gwag</translation>
    </message>
    <message>
        <source>&amp;Start page</source>
        <translation>&amp;Tudalen gychwyn</translation>
    </message>
    <message>
        <source>See your day: appointments, overdue actions, people to contact, forms and decisions waiting.</source>
        <translation>Gweld eich diwrnod: apwyntiadau, camau gweithredu hwyr, pobl i gysylltu â nhw, ffurflenni a phenderfyniadau sy&apos;n aros.</translation>
    </message>
    <message>
        <source>S&amp;uggestions report…</source>
        <translation>A&amp;droddiad awgrymiadau…</translation>
    </message>
    <message>
        <source>See how many suggestions were shown, accepted, changed and rejected, and how quickly (totals only).</source>
        <translation>Gweld faint o awgrymiadau a ddangoswyd, a dderbyniwyd, a newidiwyd ac a wrthodwyd, a pha mor gyflym (cyfansymiau yn unig).</translation>
    </message>
    <message>
        <source>About the &amp;suggestions</source>
        <translation>Ynghylch yr &amp;awgrymiadau</translation>
    </message>
    <message>
        <source>Find local partners to refer people to, and add your own.</source>
        <translation>Dod o hyd i bartneriaid lleol i atgyfeirio pobl atynt, ac ychwanegu eich rhai eich hun.</translation>
    </message>
    <message>
        <source>Record a session held away from the office: where, how long, who was seen.</source>
        <translation>Cofnodi sesiwn a gynhaliwyd i ffwrdd o&apos;r swyddfa: ble, pa mor hir, pwy a welwyd.</translation>
    </message>
    <message>
        <source>&amp;Leaflet for the person…</source>
        <translation>&amp;Taflen i’r person…</translation>
    </message>
    <message>
        <source>Print, in English or Welsh, what Waymark does, that a person decides, and how to ask for a decision to be looked at again.</source>
        <translation>Argraffu, yn Gymraeg neu yn Saesneg, beth mae Waymark yn ei wneud, mai person sy’n penderfynu, a sut i ofyn i rywun edrych eto ar benderfyniad.</translation>
    </message>
    <message>
        <source>Outreach session recorded.</source>
        <translation>Sesiwn allgymorth wedi&apos;i chofnodi.</translation>
    </message>
    <message>
        <source>Record an outreach sess&amp;ion…</source>
        <translation>Cofnodi sesiwn allgy&amp;morth…</translation>
    </message>
    <message>
        <source>Local &amp;partners…</source>
        <translation>&amp;Partneriaid lleol…</translation>
    </message>
    <message>
        <source>&amp;Youth guarantee…</source>
        <translation>&amp;Gwarant i bobl ifanc…</translation>
    </message>
    <message>
        <source>See the young people in the guarantee&apos;s age band, overdue offers first, and record offers.</source>
        <translation>Gweld y bobl ifanc ym mand oedran y warant, gyda chynigion hwyr yn gyntaf, a chofnodi cynigion.</translation>
    </message>
    <message>
        <source>&amp;Employers…</source>
        <translation>&amp;Cyflogwyr…</translation>
    </message>
    <message>
        <source>See employers from your vacancies and your own, log a call or visit, and what came of putting people forward.</source>
        <translation>Gweld cyflogwyr o&apos;ch swyddi gwag a&apos;ch rhai eich hun, cofnodi galwad neu ymweliad, a beth ddaeth o enwebu pobl.</translation>
    </message>
    <message>
        <source>Aggregate &amp;reports…</source>
        <translation>&amp;Adroddiadau cyfanredol…</translation>
    </message>
    <message>
        <source>Count outreach sessions, people seen and referrals, with small numbers hidden, as tables and charts; print, save or merge them.</source>
        <translation>Cyfrif sesiynau allgymorth, y bobl a welwyd ac atgyfeiriadau, gyda niferoedd bach wedi’u cuddio, fel tablau a siartiau; eu hargraffu, eu cadw neu eu cyfuno.</translation>
    </message>
    <message>
        <source>Put forward for a job</source>
        <translation>Enwebu ar gyfer swydd</translation>
    </message>
</context>
<context>
    <name>MatchCommand</name>
    <message>
        <source>--top must be a whole number from 1 to %1.</source>
        <translation>Rhaid i --top fod yn rhif cyfan o 1 i %1.</translation>
    </message>
    <message>
        <source>Say what to match with one of --person ID, --vacancy ID or --profiles FILE.csv.</source>
        <translation>Nodwch beth i&apos;w baru gydag un o --person ID, --vacancy ID neu --profiles FILE.csv.</translation>
    </message>
    <message>
        <source>No open vacancies in this vault yet: import a vacancy bundle first.</source>
        <translation>Nid oes swyddi gwag agored yn y storfa hon eto: mewnforiwch fwndel swyddi gwag yn gyntaf.</translation>
    </message>
    <message>
        <source>No open vacancy fits this person&apos;s limits.</source>
        <translation>Nid oes swydd wag agored sy&apos;n cyd-fynd â chyfyngiadau&apos;r unigolyn hwn.</translation>
    </message>
    <message>
        <source>%1. %2 — %3, %4 (%5)</source>
        <translation>%1. %2 — %3, %4 (%5)</translation>
    </message>
    <message>
        <source>   why: %1</source>
        <translation>   pam: %1</translation>
    </message>
    <message>
        <source>   has: %1</source>
        <translation>   sydd ganddynt: %1</translation>
    </message>
    <message>
        <source>no listed skills</source>
        <translation>dim sgiliau wedi&apos;u rhestru</translation>
    </message>
    <message>
        <source>   missing: %1</source>
        <translation>   ar goll: %1</translation>
    </message>
    <message>
        <source>There is no open vacancy with the id %1.</source>
        <translation>Nid oes swydd wag agored â&apos;r id %1.</translation>
    </message>
    <message>
        <source>Nobody on this caseload fits this vacancy&apos;s limits.</source>
        <translation>Nid oes neb yn y llwyth achosion hwn sy&apos;n cyd-fynd â chyfyngiadau&apos;r swydd wag hon.</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <translation>%1. %2 (%3)</translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>llinell %1, %2: %3</translation>
    </message>
    <message>
        <source>No open vacancies in this vault yet: the results file has no rows.</source>
        <translation>Nid oes swyddi gwag agored yn y storfa hon eto: nid oes rhesi yn y ffeil canlyniadau.</translation>
    </message>
    <message>
        <source>No open vacancy has the id %1.</source>
        <translation>Does dim swydd wag agored â&apos;r dynodwr %1.</translation>
    </message>
    <message>
        <source>This vacancy is outside the person&apos;s limits (distance, hours or contract), so it is not one of their matches.</source>
        <translation>Mae&apos;r swydd wag hon y tu allan i derfynau&apos;r person (pellter, oriau neu gontract), felly nid yw&apos;n un o&apos;u cyfatebiaethau.</translation>
    </message>
</context>
<context>
    <name>MatchDecision</name>
    <message>
        <source>Discussed with %1: %2 at %3 (vacancy %4)</source>
        <translation>Trafodwyd â&apos;r %1: %2 gyda %3 (swydd wag %4)</translation>
    </message>
    <message>
        <source>Shortlisted: %1 at %2 (vacancy %3)</source>
        <translation>Ar y rhestr fer: %1 gyda %2 (swydd wag %3)</translation>
    </message>
    <message>
        <source>Recorded in the plan: discussed %1 at %2.</source>
        <translation>Cofnodwyd yn y cynllun: trafodwyd %1 gyda %2.</translation>
    </message>
    <message>
        <source>Added to the plan: shortlisted %1 at %2.</source>
        <translation>Ychwanegwyd at y cynllun: rhoddwyd %1 gyda %2 ar y rhestr fer.</translation>
    </message>
</context>
<context>
    <name>MatchExplanation</name>
    <message>
        <source>How the score is made up:</source>
        <translation>Sut y lluniwyd y sgôr:</translation>
    </message>
    <message>
        <source>• %1: %2% of the way there, %3% of the score</source>
        <translation>• %1: wedi cyflawni %2%, yn cyfrif am %3% o&apos;r sgôr</translation>
    </message>
    <message>
        <source>Skills they have that it asks for: none yet</source>
        <translation>Sgiliau sydd ganddynt y mae&apos;n gofyn amdanynt: dim eto</translation>
    </message>
    <message>
        <source>Skills they have that it asks for: %1</source>
        <translation>Sgiliau sydd ganddynt y mae&apos;n gofyn amdanynt: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Skills it asks for that they have not shown: none</source>
        <translation>Sgiliau y mae&apos;n gofyn amdanynt nad ydynt wedi&apos;u dangos: dim</translation>
    </message>
    <message>
        <source>Skills it asks for that they have not shown: %1</source>
        <translation>Sgiliau y mae&apos;n gofyn amdanynt nad ydynt wedi&apos;u dangos: %1</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
</context>
<context>
    <name>MatchProfileBuilder</name>
    <message>
        <source>There is no person with the id %1 in this vault.</source>
        <translation>Nid oes person â&apos;r id %1 yn y storfa hon.</translation>
    </message>
    <message>
        <source>Essential for %1, in their work history</source>
        <translation>Hanfodol ar gyfer %1, yn eu hanes gwaith</translation>
    </message>
</context>
<context>
    <name>MatchResultsModel</name>
    <message>
        <source>Score %1 percent</source>
        <translation>Sgôr %1 y cant</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Safle</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation>Swydd wag</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Cyflogwr</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Pellter</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Oriau</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Anhysbys</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Heb ei nodi</translation>
    </message>
    <message>
        <source>%1 a week</source>
        <translation>%1 yr wythnos</translation>
    </message>
    <message>
        <source>Rank %1: %2 at %3, score %4 percent, %5, %6, %7</source>
        <translation>Safle %1: %2 gyda %3, sgôr %4 y cant, %5, %6, %7</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Parhaol</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Dros dro</translation>
    </message>
    <message>
        <source>Fixed term</source>
        <translation>Cyfnod penodol</translation>
    </message>
    <message>
        <source>Apprenticeship</source>
        <translation>Prentisiaeth</translation>
    </message>
    <message>
        <source>Zero hours</source>
        <translation>Dim oriau</translation>
    </message>
</context>
<context>
    <name>Matcher</name>
    <message>
        <source>Skills</source>
        <translation>Sgiliau</translation>
    </message>
    <message>
        <source>Job goals and experience</source>
        <translation>Nodau swydd a phrofiad</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Pellter</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Oriau</translation>
    </message>
    <message>
        <source>Pay and contract</source>
        <translation>Cyflog a chontract</translation>
    </message>
    <message>
        <source>Shared adjustments</source>
        <translation>Addasiadau a rannwyd</translation>
    </message>
    <message>
        <source>Distance unknown: the person or the vacancy has no location.</source>
        <translation>Pellter yn anhysbys: nid oes lleoliad gan yr unigolyn na&apos;r swydd wag.</translation>
    </message>
    <message>
        <source>Hours not given in the advert.</source>
        <translation>Nid yw&apos;r oriau wedi&apos;u nodi yn yr hysbyseb.</translation>
    </message>
    <message>
        <source>%1 hours a week; the person wants %2.</source>
        <translation>%1 awr yr wythnos; mae&apos;r unigolyn eisiau %2.</translation>
    </message>
    <message>
        <source>%1 hours a week.</source>
        <translation>%1 awr yr wythnos.</translation>
    </message>
    <message>
        <source>Not one of the contract types the person wants.</source>
        <translation>Nid yw&apos;n un o&apos;r mathau o gontract y mae&apos;r unigolyn eu heisiau.</translation>
    </message>
    <message>
        <source>Over %1 hours a week or hours unknown: the person shared that they need altered hours or a phased return. The coach can switch this off.</source>
        <translation>Mwy na %1 awr yr wythnos neu oriau&apos;n anhysbys: mae&apos;r unigolyn wedi rhannu bod angen oriau wedi&apos;u newid arno neu fod angen iddo ddychwelyd i&apos;r gwaith yn raddol. Gall yr anogwr ddiffodd hyn.</translation>
    </message>
    <message>
        <source>Ask the employer about amended duties, which the person shared.</source>
        <translation>Gofynnwch i&apos;r cyflogwr am ddyletswyddau wedi&apos;u diwygio (mae&apos;r unigolyn wedi rhannu hyn).</translation>
    </message>
    <message>
        <source>Ask the employer about workplace adaptations, which the person shared.</source>
        <translation>Gofynnwch i&apos;r cyflogwr am addasiadau yn y gweithle (mae&apos;r unigolyn wedi rhannu hyn).</translation>
    </message>
    <message>
        <source>%1 away.</source>
        <translation>%1 i ffwrdd.</translation>
    </message>
    <message>
        <source>You have %1, which the advert lists.</source>
        <translation>Mae gennych %1, sydd wedi&apos;i restru yn yr hysbyseb.</translation>
    </message>
    <message>
        <source>You have %1, stated in the advert.</source>
        <translation>Mae gennych %1, a nodir yn yr hysbyseb.</translation>
    </message>
    <message>
        <source>You have %1, implied by the occupation.</source>
        <translation>Mae gennych %1, sy&apos;n ymhlyg yn yr alwedigaeth.</translation>
    </message>
    <message>
        <source>%1, which the advert lists. Related: you have %2.</source>
        <translation>%1, sydd wedi&apos;i restru yn yr hysbyseb. Cysylltiedig: mae gennych %2.</translation>
    </message>
    <message>
        <source>%1, stated in the advert. Related: you have %2.</source>
        <translation>%1, a nodir yn yr hysbyseb. Cysylltiedig: mae gennych %2.</translation>
    </message>
    <message>
        <source>%1, implied by the occupation. Related: you have %2.</source>
        <translation>%1, sy&apos;n ymhlyg yn yr alwedigaeth. Cysylltiedig: mae gennych %2.</translation>
    </message>
    <message>
        <source>%1 (from the title): one of the person&apos;s job goals.</source>
        <translation>%1 (o&apos;r teitl): un o nodau swydd yr unigolyn.</translation>
    </message>
    <message>
        <source>%1 (from the title): in the person&apos;s work history.</source>
        <translation>%1 (o&apos;r teitl): yn hanes gwaith yr unigolyn.</translation>
    </message>
    <message>
        <source>%1 (from the title): a narrower or broader occupation than %2, a job goal.</source>
        <translation>%1 (o&apos;r teitl): galwedigaeth gulach neu ehangach na %2, un o&apos;u nodau swydd.</translation>
    </message>
    <message>
        <source>%1 (from the title): a narrower or broader occupation than %2, in their work history.</source>
        <translation>%1 (o&apos;r teitl): galwedigaeth gulach neu ehangach na %2, yn eu hanes gwaith.</translation>
    </message>
    <message>
        <source>%1 (from the title): the same ISCO unit group as %2, a job goal.</source>
        <translation>%1 (o&apos;r teitl): yr un grŵp uned ISCO â %2, un o&apos;u nodau swydd.</translation>
    </message>
    <message>
        <source>%1 (from the title): the same ISCO unit group as %2, in their work history.</source>
        <translation>%1 (o&apos;r teitl): yr un grŵp uned ISCO â %2, yn eu hanes gwaith.</translation>
    </message>
    <message>
        <source>%1 (from the title): the same ISCO minor group as %2, a job goal.</source>
        <translation>%1 (o&apos;r teitl): yr un grŵp bach ISCO â %2, un o&apos;u nodau swydd.</translation>
    </message>
    <message>
        <source>%1 (from the title): the same ISCO minor group as %2, in their work history.</source>
        <translation>%1 (o&apos;r teitl): yr un grŵp bach ISCO â %2, yn eu hanes gwaith.</translation>
    </message>
    <message>
        <source>%1 (from the title): the same ISCO sub-major group as %2, a job goal.</source>
        <translation>%1 (o&apos;r teitl): yr un is-grŵp mawr ISCO â %2, un o&apos;u nodau swydd.</translation>
    </message>
    <message>
        <source>%1 (from the title): the same ISCO sub-major group as %2, in their work history.</source>
        <translation>%1 (o&apos;r teitl): yr un is-grŵp mawr ISCO â %2, yn eu hanes gwaith.</translation>
    </message>
    <message>
        <source>%1 (from the title): the same family of jobs as %2, a job goal.</source>
        <translation>%1 (o&apos;r teitl): yr un teulu o swyddi â %2, un o&apos;u nodau swydd.</translation>
    </message>
    <message>
        <source>%1 (from the title): the same family of jobs as %2, in their work history.</source>
        <translation>%1 (o&apos;r teitl): yr un teulu o swyddi â %2, yn eu hanes gwaith.</translation>
    </message>
    <message>
        <source>%1 (from the title): shares essential skills with %2, a job goal.</source>
        <translation>%1 (o&apos;r teitl): yn rhannu sgiliau hanfodol â %2, un o&apos;u nodau swydd.</translation>
    </message>
    <message>
        <source>%1 (from the title): shares essential skills with %2, in their work history.</source>
        <translation>%1 (o&apos;r teitl): yn rhannu sgiliau hanfodol â %2, yn eu hanes gwaith.</translation>
    </message>
    <message>
        <source>%1 (from the title).</source>
        <translation>%1 (o&apos;r teitl).</translation>
    </message>
    <message>
        <source>Some skill or occupation names are in English only: the taxonomy (such as ESCO) has no Welsh for them.</source>
        <translation>Mae rhai enwau sgiliau neu alwedigaethau yn Saesneg yn unig: does gan y dacsonomeg (fel ESCO) ddim Cymraeg ar eu cyfer.</translation>
    </message>
</context>
<context>
    <name>MatchesPage</name>
    <message>
        <source>Use shared ad&amp;justments</source>
        <translation>Defnyddio&apos;r &amp;addasiadau a rannwyd</translation>
    </message>
    <message>
        <source>&amp;Shortlist</source>
        <translation>Rhoi ar y &amp;rhestr fer</translation>
    </message>
    <message>
        <source>Disc&amp;ussed with %1</source>
        <translation>&amp;Trafodwyd â&apos;r %1</translation>
    </message>
    <message>
        <source>A skill to try</source>
        <translation>Sgil i&apos;w brofi</translation>
    </message>
    <message>
        <source>Type a skill to see how the matches would change if the %1 had it. Nothing is saved unless you choose Add to their skills.</source>
        <translation>Teipiwch sgil i weld sut y byddai&apos;r canlyniadau paru&apos;n newid pe bai&apos;r sgil gan y %1. Ni chaiff dim ei gadw oni bai eich bod yn dewis Ychwanegu at eu sgiliau.</translation>
    </message>
    <message>
        <source>For example: forklift licence</source>
        <translation>Er enghraifft: trwydded fforch godi</translation>
    </message>
    <message>
        <source>&amp;Add a skill to try:</source>
        <translation>Ychwanegu sgil i&apos;w &amp;brofi:</translation>
    </message>
    <message>
        <source>Add the skill you are trying to the %1&apos;s skills</source>
        <translation>Ychwanegu&apos;r sgil dan brawf at sgiliau&apos;r %1</translation>
    </message>
    <message>
        <source>Use the adjustments the %1 agreed to share for matching</source>
        <translation>Defnyddio&apos;r addasiadau y cytunodd y %1 i&apos;w rhannu ar gyfer paru</translation>
    </message>
    <message>
        <source>Available when the %1 agreed to share adjustments for matching. Switch it off to see the scores without them.</source>
        <translation>Ar gael pan fydd y %1 wedi cytuno i rannu addasiadau ar gyfer paru. Diffoddwch hyn i weld y sgorau hebddynt.</translation>
    </message>
    <message>
        <source>Matching vacancies, best first</source>
        <translation>Swyddi gwag addas, y gorau yn gyntaf</translation>
    </message>
    <message>
        <source>Why the selected vacancy scores as it does</source>
        <translation>Pam mae&apos;r swydd wag a ddewiswyd yn cael y sgôr hon</translation>
    </message>
    <message>
        <source>Skills the selected vacancy asks for that are missing, and courses that help</source>
        <translation>Sgiliau y mae&apos;r swydd wag a ddewiswyd yn gofyn amdanynt sydd ar goll, a chyrsiau sy&apos;n helpu</translation>
    </message>
    <message>
        <source>Skill or course</source>
        <translation>Sgil neu gwrs</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Darparwr</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Hyd</translation>
    </message>
    <message>
        <source>Gaps closed</source>
        <translation>Bylchau a lenwir</translation>
    </message>
    <message>
        <source>Skills &amp;gap</source>
        <translation>Bwlch s&amp;giliau</translation>
    </message>
    <message>
        <source>Shortlist the selected vacancy in the %1&apos;s plan</source>
        <translation>Rhoi&apos;r swydd wag a ddewiswyd ar y rhestr fer yng nghynllun y %1</translation>
    </message>
    <message>
        <source>Record in the plan that the selected vacancy was discussed with the %1</source>
        <translation>Cofnodi yn y cynllun bod y swydd wag a ddewiswyd wedi&apos;i thrafod â&apos;r %1</translation>
    </message>
    <message>
        <source>Matching status</source>
        <translation>Statws paru</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>Their own limit</source>
        <translation>Eu terfyn eu hunain</translation>
    </message>
    <message>
        <source>Maximum distance in kilometres; zero uses the %1&apos;s own limit</source>
        <translation>Uchafswm y pellter mewn cilometrau; mae sero yn defnyddio terfyn y %1 ei hun</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> awr</translation>
    </message>
    <message>
        <source>Maximum hours a week; zero uses the %1&apos;s own limit</source>
        <translation>Uchafswm yr oriau bob wythnos; mae sero yn defnyddio terfyn y %1 ei hun</translation>
    </message>
    <message>
        <source>Max hou&amp;rs:</source>
        <translation>&amp;Oriau mwyaf:</translation>
    </message>
    <message>
        <source>Contract type</source>
        <translation>Math o gontract</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Unrhyw un</translation>
    </message>
    <message>
        <source>&amp;Contract:</source>
        <translation>&amp;Contract:</translation>
    </message>
    <message>
        <source>Only vacancies received on or after this date</source>
        <translation>Dim ond swyddi gwag a ddaeth i law ar y dyddiad hwn neu ar ei ôl</translation>
    </message>
    <message>
        <source>Vacancies posted on any date</source>
        <translation>Swyddi gwag a hysbysebwyd ar unrhyw ddyddiad</translation>
    </message>
    <message>
        <source>Matching is not available in this window.</source>
        <translation>Nid yw paru ar gael yn y ffenestr hon.</translation>
    </message>
    <message>
        <source>No open vacancies in this vault yet. Import a vacancy bundle from the Sync menu.</source>
        <translation>Nid oes swyddi gwag agored yn y storfa hon eto. Mewnforiwch fwndel swyddi gwag o&apos;r ddewislen Cysoni.</translation>
    </message>
    <message>
        <source>Finding matches…</source>
        <translation>Yn chwilio am swyddi addas…</translation>
    </message>
    <message>
        <source>No vacancies match these filters. Try a longer distance, more hours or any contract.</source>
        <translation>Nid oes swyddi gwag sy&apos;n bodloni&apos;r hidlyddion hyn. Rhowch gynnig ar bellter hirach, rhagor o oriau neu unrhyw gontract.</translation>
    </message>
    <message numerus="yes">
        <source>%n vacancy(s) shown, best match first.</source>
        <translation>
            <numerusform>Dangosir %n swydd wag, y fwyaf addas yn gyntaf.</numerusform>
            <numerusform>Dangosir %n swydd wag, y fwyaf addas yn gyntaf.</numerusform>
            <numerusform>Dangosir %n o swyddi gwag, y fwyaf addas yn gyntaf.</numerusform>
            <numerusform>Dangosir %n swydd wag, y fwyaf addas yn gyntaf.</numerusform>
            <numerusform>Dangosir %n o swyddi gwag, y fwyaf addas yn gyntaf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a vacancy to see why it scores as it does.</source>
        <translation>Dewiswch swydd wag i weld pam mae&apos;n cael y sgôr hon.</translation>
    </message>
    <message>
        <source>%1 at %2: score %3%</source>
        <translation>%1 gyda %2: sgôr %3%</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>Missing skills (%n)</source>
        <translation>
            <numerusform>Sgiliau ar goll (%n)</numerusform>
            <numerusform>Sgiliau ar goll (%n)</numerusform>
            <numerusform>Sgiliau ar goll (%n)</numerusform>
            <numerusform>Sgiliau ar goll (%n)</numerusform>
            <numerusform>Sgiliau ar goll (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (essential)</source>
        <translation>%1 (hanfodol)</translation>
    </message>
    <message>
        <source>None: they have every skill it asks for</source>
        <translation>Dim: mae ganddynt yr holl sgiliau y mae&apos;n gofyn amdanynt</translation>
    </message>
    <message numerus="yes">
        <source>Courses that help (%n)</source>
        <translation>
            <numerusform>Cyrsiau sy&apos;n helpu (%n)</numerusform>
            <numerusform>Cyrsiau sy&apos;n helpu (%n)</numerusform>
            <numerusform>Cyrsiau sy&apos;n helpu (%n)</numerusform>
            <numerusform>Cyrsiau sy&apos;n helpu (%n)</numerusform>
            <numerusform>Cyrsiau sy&apos;n helpu (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>closes %n gap(s)</source>
        <translation>
            <numerusform>yn llenwi %n bwlch</numerusform>
            <numerusform>yn llenwi %n bwlch</numerusform>
            <numerusform>yn llenwi %n o fylchau</numerusform>
            <numerusform>yn llenwi %n bwlch</numerusform>
            <numerusform>yn llenwi %n o fylchau</numerusform>
        </translation>
    </message>
    <message>
        <source>Teaches: %1</source>
        <translation>Yn addysgu: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %3, closes %n gap(s): %4</source>
        <translation>
            <numerusform>%1, %2, %3, yn llenwi %n bwlch: %4</numerusform>
            <numerusform>%1, %2, %3, yn llenwi %n bwlch: %4</numerusform>
            <numerusform>%1, %2, %3, yn llenwi %n o fylchau: %4</numerusform>
            <numerusform>%1, %2, %3, yn llenwi %n bwlch: %4</numerusform>
            <numerusform>%1, %2, %3, yn llenwi %n o fylchau: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>No course in the taxonomy teaches these skills</source>
        <translation>Nid oes cwrs yn y dacsonomeg sy&apos;n addysgu&apos;r sgiliau hyn</translation>
    </message>
    <message>
        <source>Maps to: %1 (%2)</source>
        <translation>Wedi&apos;i fapio i: %1 (%2)</translation>
    </message>
    <message>
        <source>Not in the skills list: matched as free text</source>
        <translation>Nid yw ar y rhestr sgiliau: wedi&apos;i baru fel testun rhydd</translation>
    </message>
    <message>
        <source>Added “%1” to their skills.</source>
        <translation>Ychwanegwyd “%1” at eu sgiliau.</translation>
    </message>
    <message>
        <source>Any da&amp;te</source>
        <translation>&amp;Unrhyw ddyddiad</translation>
    </message>
    <message>
        <source>Add to their s&amp;kills</source>
        <translation>Ychwanegu at eu &amp;sgiliau</translation>
    </message>
    <message>
        <source>Matching vaca&amp;ncies</source>
        <translation>S&amp;wyddi gwag addas</translation>
    </message>
    <message>
        <source>Clear the skill to try</source>
        <translation>Clirio&apos;r sgil i roi cynnig arni</translation>
    </message>
    <message>
        <source>Why th&amp;is score</source>
        <translation>&amp;Pam y sgôr hon</translation>
    </message>
    <message>
        <source>Ma&amp;x distance:</source>
        <translation>Pellter &amp;mwyaf:</translation>
    </message>
    <message>
        <source>&amp;Posted on or after:</source>
        <translation>&amp;Hysbysebwyd ar neu ar ôl:</translation>
    </message>
    <message>
        <source>Choose a vacancy to see its advert.</source>
        <translation>Dewiswch swydd wag i weld ei hysbyseb.</translation>
    </message>
</context>
<context>
    <name>MatchingContextLoader</name>
    <message>
        <source>Reading the vacancies for matching. The first time after unlocking or an import this takes a moment.</source>
        <translation>Wrthi&apos;n darllen y swyddi gwag ar gyfer paru. Y tro cyntaf ar ôl datgloi neu fewnforio, mae hyn yn cymryd ennyd.</translation>
    </message>
    <message>
        <source>The skills taxonomy could not be read.</source>
        <translation>Nid oedd modd darllen y tacsonomeg sgiliau.</translation>
    </message>
</context>
<context>
    <name>MemoryRecords</name>
    <message>
        <source>There is no record with the id %1 in this copy.</source>
        <translation>Nid oes cofnod â&apos;r id %1 yn y copi hwn.</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Cadw&apos;r newidiadau</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Taflu&apos;r newidiadau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>Minisign</name>
    <message>
        <source>The signature or key is not in minisign&apos;s format.</source>
        <translation>Nid yw&apos;r llofnod na&apos;r allwedd ar fformat minisign.</translation>
    </message>
    <message>
        <source>This is not a minisign public key file.</source>
        <translation>Nid ffeil allwedd gyhoeddus minisign yw hon.</translation>
    </message>
    <message>
        <source>This is not a minisign Ed25519 public key.</source>
        <translation>Nid allwedd gyhoeddus Ed25519 minisign yw hon.</translation>
    </message>
    <message>
        <source>The signature is not in minisign&apos;s format.</source>
        <translation>Nid yw&apos;r llofnod ar fformat minisign.</translation>
    </message>
</context>
<context>
    <name>NewVacancyFits</name>
    <message>
        <source>New vacancy: %1 (score %2%)</source>
        <translation>Swydd wag newydd: %1 (sgôr %2%)</translation>
    </message>
    <message>
        <source>New vacancy: %1 at %2 (score %3%)</source>
        <translation>Swydd wag newydd: %1 gyda %2 (sgôr %3%)</translation>
    </message>
</context>
<context>
    <name>NoteCommands</name>
    <message>
        <source>only for a form</source>
        <translation>ar gyfer ffurflen yn unig</translation>
    </message>
    <message>
        <source>That record is not a note.</source>
        <translation>Nid nodyn yw&apos;r cofnod hwnnw.</translation>
    </message>
    <message>
        <source>--suggestion must be a suggestion&apos;s number, as note suggestions lists it.</source>
        <translation>Rhaid i --suggestion fod yn rhif awgrym, fel y mae note suggestions yn ei restru.</translation>
    </message>
    <message numerus="yes">
        <source>This note has %n suggestion(s), so there is no number %1.</source>
        <translation>
            <numerusform>Mae gan y nodyn hwn %n awgrym, felly does dim rhif %1.</numerusform>
            <numerusform>Mae gan y nodyn hwn %n awgrym, felly does dim rhif %1.</numerusform>
            <numerusform>Mae gan y nodyn hwn %n awgrym, felly does dim rhif %1.</numerusform>
            <numerusform>Mae gan y nodyn hwn %n awgrym, felly does dim rhif %1.</numerusform>
            <numerusform>Mae gan y nodyn hwn %n awgrym, felly does dim rhif %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected: nothing was added to the case.</source>
        <translation>Wedi&apos;i wrthod: ni ychwanegwyd dim at yr achos.</translation>
    </message>
    <message>
        <source>This suggestion has no place in the case; it can only be used in a form.</source>
        <translation>Does dim lle i&apos;r awgrym hwn yn yr achos; dim ond mewn ffurflen y gellir ei ddefnyddio.</translation>
    </message>
</context>
<context>
    <name>NoteExtractor</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Nid oes modd darllen %1.</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 llinell %2: %3</translation>
    </message>
</context>
<context>
    <name>NoteSuggestionsPanel</name>
    <message>
        <source>Suggestions from this note</source>
        <translation>Awgrymiadau o&apos;r nodyn hwn</translation>
    </message>
    <message>
        <source>&amp;Use in the form</source>
        <translation>Defnyddio yn y &amp;ffurflen</translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation>Go&amp;lygu…</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Gwr&amp;thod</translation>
    </message>
    <message>
        <source>Suggestions only: nothing is saved to the case until you accept it. Every decision is recorded.</source>
        <translation>Awgrymiadau yn unig: ni chaiff dim ei gadw yn yr achos nes i chi ei dderbyn. Caiff pob penderfyniad ei gofnodi.</translation>
    </message>
    <message>
        <source>Suggestions from the note</source>
        <translation>Awgrymiadau o&apos;r nodyn</translation>
    </message>
    <message>
        <source>Choose a suggestion, then accept, change or reject it. Enter accepts, F2 changes the value and Delete rejects.</source>
        <translation>Dewiswch awgrym, yna derbyniwch, newidiwch neu gwrthodwch ef. Mae Enter yn derbyn, mae F2 yn newid y gwerth ac mae Delete yn gwrthod.</translation>
    </message>
    <message>
        <source>Where the chosen suggestion came from</source>
        <translation>O ble daeth yr awgrym a ddewiswyd</translation>
    </message>
    <message>
        <source>Value to save</source>
        <translation>Gwerth i&apos;w gadw</translation>
    </message>
    <message>
        <source>Press Enter to accept this value, or Escape to stop editing.</source>
        <translation>Pwyswch Enter i dderbyn y gwerth hwn, neu Escape i roi&apos;r gorau i olygu.</translation>
    </message>
    <message>
        <source>Accept the chosen suggestion</source>
        <translation>Derbyn yr awgrym a ddewiswyd</translation>
    </message>
    <message>
        <source>Use the chosen suggestion in the open form</source>
        <translation>Defnyddio&apos;r awgrym a ddewiswyd yn y ffurflen agored</translation>
    </message>
    <message>
        <source>Change the value of the chosen suggestion before accepting it</source>
        <translation>Newid gwerth yr awgrym a ddewiswyd cyn ei dderbyn</translation>
    </message>
    <message>
        <source>Reject the chosen suggestion</source>
        <translation>Gwrthod yr awgrym a ddewiswyd</translation>
    </message>
    <message>
        <source>Nothing is saved to the case; the decision is recorded.</source>
        <translation>Ni chaiff dim ei gadw yn yr achos; caiff y penderfyniad ei gofnodi.</translation>
    </message>
    <message>
        <source>As you write, suggestions appear here: skills, job goals, hours, dates and more. Nothing is saved to the case until you accept it.</source>
        <translation>Wrth i chi ysgrifennu, bydd awgrymiadau&apos;n ymddangos yma: sgiliau, nodau swydd, oriau, dyddiadau a mwy. Ni chaiff dim ei gadw yn yr achos nes i chi ei dderbyn.</translation>
    </message>
    <message>
        <source>Suggestions are not available: the skills taxonomy could not be read. The note can still be added.</source>
        <translation>Nid oes awgrymiadau ar gael: nid oedd modd darllen tacsonomeg y sgiliau. Gallwch ychwanegu&apos;r nodyn o hyd.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>kind: value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (only for an open form)</source>
        <comment>kind: value</comment>
        <translation>%1: %2 (ar gyfer ffurflen agored yn unig)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Only for an open form</source>
        <translation>Ar gyfer ffurflen agored yn unig</translation>
    </message>
    <message>
        <source>Nothing to suggest from this note yet.</source>
        <translation>Dim byd i&apos;w awgrymu o&apos;r nodyn hwn eto.</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) from this note. Accept the ones that are right; nothing is saved until you do.</source>
        <translation>
            <numerusform>%n o awgrymiadau o&apos;r nodyn hwn. Derbyniwch y rhai sy&apos;n gywir; ni chaiff dim ei gadw nes i chi wneud hynny.</numerusform>
            <numerusform>%n awgrym o&apos;r nodyn hwn. Derbyniwch ef os yw&apos;n gywir; ni chaiff dim ei gadw nes i chi wneud hynny.</numerusform>
            <numerusform>%n awgrym o&apos;r nodyn hwn. Derbyniwch y rhai sy&apos;n gywir; ni chaiff dim ei gadw nes i chi wneud hynny.</numerusform>
            <numerusform>%n awgrym o&apos;r nodyn hwn. Derbyniwch y rhai sy&apos;n gywir; ni chaiff dim ei gadw nes i chi wneud hynny.</numerusform>
            <numerusform>%n o awgrymiadau o&apos;r nodyn hwn. Derbyniwch y rhai sy&apos;n gywir; ni chaiff dim ei gadw nes i chi wneud hynny.</numerusform>
        </translation>
    </message>
    <message>
        <source>From the note: %1</source>
        <translation>O&apos;r nodyn: %1</translation>
    </message>
    <message>
        <source>Found in the note: “%1”, in the sentence “%2”.</source>
        <translation>Daethpwyd o hyd iddo yn y nodyn: “%1”, yn y frawddeg “%2”.</translation>
    </message>
    <message>
        <source>Add the chosen suggestion to the case</source>
        <translation>Ychwanegu&apos;r awgrym a ddewiswyd at yr achos</translation>
    </message>
    <message>
        <source>Puts the value into the open form: %1</source>
        <translation>Yn rhoi&apos;r gwerth yn y ffurflen agored: %1</translation>
    </message>
    <message>
        <source>Write a value before accepting it.</source>
        <translation>Ysgrifennwch werth cyn ei dderbyn.</translation>
    </message>
    <message>
        <source>The form “%1” has no place for this suggestion. It was not used.</source>
        <translation>Nid oes lle i&apos;r awgrym hwn yn y ffurflen “%1”. Ni chafodd ei ddefnyddio.</translation>
    </message>
    <message>
        <source>Put “%1” into the form “%2”.</source>
        <translation>Rhoddwyd “%1” yn y ffurflen “%2”.</translation>
    </message>
    <message>
        <source>Rejected. Nothing was saved to the case.</source>
        <translation>Gwrthodwyd. Ni chafodd dim ei gadw yn yr achos.</translation>
    </message>
    <message>
        <source>Va&amp;lue to save</source>
        <translation>G&amp;werth i&apos;w gadw</translation>
    </message>
    <message>
        <source>Accep&amp;t</source>
        <translation>Der&amp;byn</translation>
    </message>
    <message>
        <source>Add &amp;to the case</source>
        <translation>Ychwan&amp;egu at yr achos</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <source>&amp;Add note</source>
        <translation>&amp;Ychwanegu nodyn</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Cywiro…</translation>
    </message>
    <message>
        <source>Cancel correction</source>
        <translation>Canslo&apos;r cywiriad</translation>
    </message>
    <message>
        <source>Notes are kept as written. To put a mistake right, select the note and choose Correct; the correction is added as a new note and the original stays.</source>
        <translation>Caiff nodiadau eu cadw fel y cawsant eu hysgrifennu. I gywiro camgymeriad, dewiswch y nodyn a dewis Cywiro; caiff y cywiriad ei ychwanegu fel nodyn newydd a bydd y gwreiddiol yn aros.</translation>
    </message>
    <message>
        <source>Timeline, newest first</source>
        <translation>Llinell amser, y diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <source>Notes, newest first</source>
        <translation>Nodiadau, y diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Ysgrifennwyd gan</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>The selected note in full</source>
        <translation>Y nodyn a ddewiswyd yn llawn</translation>
    </message>
    <message>
        <source>Correct the selected note</source>
        <translation>Cywiro&apos;r nodyn a ddewiswyd</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nodyn newydd</translation>
    </message>
    <message>
        <source>Press Ctrl+Enter to add the note.</source>
        <translation>Pwyswch Ctrl+Enter i ychwanegu&apos;r nodyn.</translation>
    </message>
    <message>
        <source>Correction to the note of %1</source>
        <translation>Cywiriad i&apos;r nodyn o %1</translation>
    </message>
    <message>
        <source>Correction to an earlier note</source>
        <translation>Cywiriad i nodyn cynharach</translation>
    </message>
    <message>
        <source>Corrected on %1</source>
        <translation>Cywirwyd ar %1</translation>
    </message>
    <message>
        <source>Write the note before adding it.</source>
        <translation>Ysgrifennwch y nodyn cyn ei ychwanegu.</translation>
    </message>
    <message>
        <source>You are writing a correction to the note of %1. The original note stays as it was written.</source>
        <translation>Rydych yn ysgrifennu cywiriad i&apos;r nodyn o %1. Bydd y nodyn gwreiddiol yn aros fel y cafodd ei ysgrifennu.</translation>
    </message>
    <message>
        <source>&amp;Add correction</source>
        <translation>&amp;Ychwanegu cywiriad</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Cywiriad</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) not decided</source>
        <translation>
            <numerusform>%n o awgrymiadau heb benderfyniad</numerusform>
            <numerusform>%n awgrym heb benderfyniad</numerusform>
            <numerusform>%n awgrym heb benderfyniad</numerusform>
            <numerusform>%n awgrym heb benderfyniad</numerusform>
            <numerusform>%n o awgrymiadau heb benderfyniad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) from this note are not accepted or rejected yet. They are not kept once the note is added. Choose Cancel to go back and decide them.</source>
        <translation>
            <numerusform>Nid yw %n o awgrymiadau o&apos;r nodyn hwn wedi&apos;u derbyn na&apos;u gwrthod eto. Ni chânt eu cadw unwaith y bydd y nodyn wedi&apos;i ychwanegu. Dewiswch Canslo i fynd yn ôl a phenderfynu arnynt.</numerusform>
            <numerusform>Nid yw %n awgrym o&apos;r nodyn hwn wedi&apos;i dderbyn na&apos;i wrthod eto. Ni chaiff ei gadw unwaith y bydd y nodyn wedi&apos;i ychwanegu. Dewiswch Canslo i fynd yn ôl a phenderfynu arno.</numerusform>
            <numerusform>Nid yw %n awgrym o&apos;r nodyn hwn wedi&apos;u derbyn na&apos;u gwrthod eto. Ni chânt eu cadw unwaith y bydd y nodyn wedi&apos;i ychwanegu. Dewiswch Canslo i fynd yn ôl a phenderfynu arnynt.</numerusform>
            <numerusform>Nid yw %n awgrym o&apos;r nodyn hwn wedi&apos;u derbyn na&apos;u gwrthod eto. Ni chânt eu cadw unwaith y bydd y nodyn wedi&apos;i ychwanegu. Dewiswch Canslo i fynd yn ôl a phenderfynu arnynt.</numerusform>
            <numerusform>Nid yw %n o awgrymiadau o&apos;r nodyn hwn wedi&apos;u derbyn na&apos;u gwrthod eto. Ni chânt eu cadw unwaith y bydd y nodyn wedi&apos;i ychwanegu. Dewiswch Canslo i fynd yn ôl a phenderfynu arnynt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the note &amp;anyway</source>
        <translation>Ychwanegu&apos;r nodyn &amp;beth bynnag</translation>
    </message>
</context>
<context>
    <name>OutreachCommands</name>
    <message>
        <source>No partners match.</source>
        <translation>Does dim partneriaid yn cyfateb.</translation>
    </message>
    <message>
        <source>%1  %2 (%3)%4</source>
        <translation>%1  %2 (%3)%4</translation>
    </message>
    <message>
        <source>, your own</source>
        <translation>, eich un chi</translation>
    </message>
    <message>
        <source>    Services: %1</source>
        <translation>    Gwasanaethau: %1</translation>
    </message>
    <message>
        <source>    When: %1</source>
        <translation>    Pryd: %1</translation>
    </message>
    <message>
        <source>    Needs the person&apos;s consent to refer</source>
        <translation>    Angen caniatâd y person i atgyfeirio</translation>
    </message>
    <message>
        <source>    No consent needed to refer</source>
        <translation>    Dim angen caniatâd i atgyfeirio</translation>
    </message>
    <message>
        <source>Partner added: %1</source>
        <translation>Partner wedi&apos;i ychwanegu: %1</translation>
    </message>
    <message>
        <source>Partner removed.</source>
        <translation>Partner wedi&apos;i dynnu.</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>Nid oedd modd darllen %1.</translation>
    </message>
    <message>
        <source>%1 line %2: a service needs a key of lower-case letters, digits and underscores and an English name.</source>
        <translation>%1 llinell %2: mae angen allwedd o lythrennau bach, digidau a thanlinellau ac enw Saesneg ar wasanaeth.</translation>
    </message>
    <message>
        <source>line %1: consent_needed must be yes or no.</source>
        <translation>llinell %1: rhaid i consent_needed fod yn yes neu no.</translation>
    </message>
    <message>
        <source>line %1: a partner needs an id of letters, digits and underscores.</source>
        <translation>llinell %1: mae angen dynodwr o lythrennau, digidau a thanlinellau ar bartner.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>llinell %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n partners signed into %1.</source>
        <translation>
            <numerusform>%n partner wedi&apos;i lofnodi i %1.</numerusform>
            <numerusform>%n partner wedi&apos;u llofnodi i %1.</numerusform>
            <numerusform>%n bartner wedi&apos;u llofnodi i %1.</numerusform>
            <numerusform>%n o bartneriaid wedi&apos;u llofnodi i %1.</numerusform>
            <numerusform>%n o bartneriaid wedi&apos;u llofnodi i %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>--date must be a real date written as YYYY-MM-DD, for example 2026-12-07.</source>
        <translation>Rhaid i --date fod yn ddyddiad go iawn ar ffurf BBBB-MM-DD, er enghraifft 2026-12-07.</translation>
    </message>
    <message>
        <source>Referral made: %1</source>
        <translation>Atgyfeiriad wedi&apos;i wneud: %1</translation>
    </message>
    <message>
        <source>Outcome recorded: %1</source>
        <translation>Canlyniad wedi&apos;i gofnodi: %1</translation>
    </message>
    <message>
        <source>No referrals.</source>
        <translation>Dim atgyfeiriadau.</translation>
    </message>
    <message>
        <source>%1  %2 to %3 for %4: %5</source>
        <translation>%1  %2 at %3 ar gyfer %4: %5</translation>
    </message>
    <message>
        <source>--%1 must be a whole number.</source>
        <translation>Rhaid i --%1 fod yn rhif cyfan.</translation>
    </message>
    <message>
        <source>--hours must be a number, such as 2 or 2.5.</source>
        <translation>Rhaid i --hours fod yn rhif, fel 2 neu 2.5.</translation>
    </message>
    <message>
        <source>Outreach session recorded: %1</source>
        <translation>Sesiwn allgymorth wedi&apos;i chofnodi: %1</translation>
    </message>
    <message>
        <source>--from and --to must be real dates written as YYYY-MM-DD.</source>
        <translation>Rhaid i --from a --to fod yn ddyddiadau go iawn ar ffurf BBBB-MM-DD.</translation>
    </message>
    <message>
        <source>No outreach sessions.</source>
        <translation>Dim sesiynau allgymorth.</translation>
    </message>
    <message>
        <source>%1  %2 at %3: %4 hours, %5 new and %6 returning; %7</source>
        <translation>%1  %2 yn %3: %4 awr, %5 newydd a %6 yn dychwelyd; %7</translation>
    </message>
</context>
<context>
    <name>OutreachSessionDialog</name>
    <message>
        <source>Record an outreach session</source>
        <translation>Cofnodi sesiwn allgymorth</translation>
    </message>
    <message>
        <source>Where it was held</source>
        <translation>Ble y&apos;i cynhaliwyd</translation>
    </message>
    <message>
        <source>No partner</source>
        <translation>Dim partner</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> awr</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Pynciau</translation>
    </message>
    <message>
        <source>People seen who are on the caseload</source>
        <translation>Pobl a welwyd sydd ar y llwyth achosion</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Lleoliad:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Hyd:</translation>
    </message>
    <message>
        <source>Seen for the first &amp;time:</source>
        <translation>Gwelwyd am y tro c&amp;yntaf:</translation>
    </message>
    <message>
        <source>Seen &amp;again:</source>
        <translation>Gwelwyd &amp;eto:</translation>
    </message>
    <message>
        <source>&amp;Who was seen, of those on the caseload:</source>
        <translation>Pwy a &amp;welwyd, o&apos;r rhai ar y llwyth achosion:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Cofnodi</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lleoliad</translation>
    </message>
</context>
<context>
    <name>OutreachSessions</name>
    <message>
        <source>Give the date the session was held.</source>
        <translation>Rhowch y dyddiad y cynhaliwyd y sesiwn.</translation>
    </message>
    <message>
        <source>A session can only be recorded once it has been held.</source>
        <translation>Dim ond ar ôl ei chynnal y gellir cofnodi sesiwn.</translation>
    </message>
    <message>
        <source>Enter where the session was held.</source>
        <translation>Rhowch ble cynhaliwyd y sesiwn.</translation>
    </message>
    <message>
        <source>A venue must be %1 characters or fewer.</source>
        <translation>Rhaid i leoliad fod yn %1 nod neu lai.</translation>
    </message>
    <message>
        <source>Give the session&apos;s length in hours, more than 0 and at most 24.</source>
        <translation>Rhowch hyd y sesiwn mewn oriau, mwy na 0 a 24 ar y mwyaf.</translation>
    </message>
    <message>
        <source>Give the number of people seen as whole numbers from 0 to %1.</source>
        <translation>Rhowch nifer y bobl a welwyd fel rhifau cyfan o 0 i %1.</translation>
    </message>
    <message>
        <source>More people are linked from the caseload than the session saw. Check the counts.</source>
        <translation>Mae mwy o bobl wedi&apos;u cysylltu o&apos;r llwyth achosion nag a welodd y sesiwn. Gwiriwch y niferoedd.</translation>
    </message>
    <message>
        <source>“%1” is not a session topic Waymark knows.</source>
        <translation>Nid yw “%1” yn bwnc sesiwn y mae Waymark yn ei adnabod.</translation>
    </message>
    <message>
        <source>That partner is not in the directory.</source>
        <translation>Nid yw&apos;r partner hwnnw yn y cyfeiriadur.</translation>
    </message>
    <message>
        <source>Only people on the caseload can be linked to a session.</source>
        <translation>Dim ond pobl ar y llwyth achosion y gellir eu cysylltu â sesiwn.</translation>
    </message>
    <message>
        <source>There is no outreach session with that id.</source>
        <translation>Does dim sesiwn allgymorth gyda&apos;r dynodwr hwnnw.</translation>
    </message>
</context>
<context>
    <name>OutreachTables</name>
    <message>
        <source>Seen for the first time</source>
        <translation>Wedi’u gweld am y tro cyntaf</translation>
    </message>
    <message>
        <source>Seen again</source>
        <translation>Wedi’u gweld eto</translation>
    </message>
    <message>
        <source>No partner</source>
        <translation>Dim partner</translation>
    </message>
    <message>
        <source>Outreach sessions by venue and month</source>
        <translation>Sesiynau allgymorth yn ôl lleoliad a mis</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lleoliad</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mis</translation>
    </message>
    <message>
        <source>People seen at outreach sessions, by venue</source>
        <translation>Pobl a welwyd mewn sesiynau allgymorth, yn ôl lleoliad</translation>
    </message>
    <message>
        <source>People seen at outreach sessions, by partner</source>
        <translation>Pobl a welwyd mewn sesiynau allgymorth, yn ôl partner</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>People seen at outreach sessions, by month</source>
        <translation>Pobl a welwyd mewn sesiynau allgymorth, yn ôl mis</translation>
    </message>
</context>
<context>
    <name>OversightCommands</name>
    <message>
        <source>--%1 should be a date written as YYYY-MM-DD, such as 2026-12-01.</source>
        <translation>Dylai --%1 fod yn ddyddiad wedi&apos;i ysgrifennu fel BBBB-MM-DD, er enghraifft 2026-12-01.</translation>
    </message>
    <message>
        <source>The period ends before it starts: --to should be on or after --from.</source>
        <translation>Mae&apos;r cyfnod yn gorffen cyn iddo ddechrau: dylai --to fod ar yr un diwrnod â --from neu wedyn.</translation>
    </message>
    <message>
        <source>--html and --language go with --leaflet.</source>
        <translation>Mae --html a --language yn mynd gyda --leaflet.</translation>
    </message>
    <message>
        <source>--language must be en or cy.</source>
        <translation>Rhaid i --language fod yn en neu cy.</translation>
    </message>
    <message>
        <source>Choose --html or --json, not both.</source>
        <translation>Dewiswch --html neu --json, nid y ddau.</translation>
    </message>
    <message>
        <source>--%1 should be a whole number from 1 to 1000000.</source>
        <translation>Dylai --%1 fod yn rhif cyfan o 1 i 1000000.</translation>
    </message>
    <message>
        <source>The vault changed while the fairness check ran.</source>
        <translation>Newidiodd y storfa tra oedd y gwiriad tegwch yn rhedeg.</translation>
    </message>
    <message numerus="yes">
        <source>Matching differed in %n case(s) where it must not: see the report.</source>
        <translation>
            <numerusform>Roedd paru yn wahanol mewn %n achos lle na ddylai fod: gweler yr adroddiad.</numerusform>
            <numerusform>Roedd paru yn wahanol mewn %n achos lle na ddylai fod: gweler yr adroddiad.</numerusform>
            <numerusform>Roedd paru yn wahanol mewn %n achos lle na ddylai fod: gweler yr adroddiad.</numerusform>
            <numerusform>Roedd paru yn wahanol mewn %n achos lle na ddylai fod: gweler yr adroddiad.</numerusform>
            <numerusform>Roedd paru yn wahanol mewn %n achos lle na ddylai fod: gweler yr adroddiad.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerDirectory</name>
    <message>
        <source>There is no partner with that id in the directory.</source>
        <translation>Does dim partner gyda&apos;r dynodwr hwnnw yn y cyfeiriadur.</translation>
    </message>
    <message>
        <source>Enter the partner&apos;s name.</source>
        <translation>Rhowch enw&apos;r partner.</translation>
    </message>
    <message>
        <source>A partner&apos;s name must be %1 characters or fewer.</source>
        <translation>Rhaid i enw partner fod yn %1 nod neu lai.</translation>
    </message>
    <message>
        <source>Choose what kind of organisation the partner is.</source>
        <translation>Dewiswch pa fath o sefydliad yw&apos;r partner.</translation>
    </message>
    <message>
        <source>Choose at least one service the partner offers.</source>
        <translation>Dewiswch o leiaf un gwasanaeth y mae&apos;r partner yn ei gynnig.</translation>
    </message>
    <message>
        <source>A partner can list at most %1 services.</source>
        <translation>Gall partner restru %1 o wasanaethau ar y mwyaf.</translation>
    </message>
    <message>
        <source>“%1” is not a service Waymark knows.</source>
        <translation>Nid yw “%1” yn wasanaeth y mae Waymark yn ei adnabod.</translation>
    </message>
    <message>
        <source>A partner can list at most %1 languages.</source>
        <translation>Gall partner restru %1 o ieithoedd ar y mwyaf.</translation>
    </message>
    <message>
        <source>Give languages as two-letter codes, such as en for English and cy for Welsh.</source>
        <translation>Rhowch ieithoedd fel codau dwy lythyren, fel en ar gyfer Saesneg a cy ar gyfer Cymraeg.</translation>
    </message>
    <message>
        <source>This must be %1 characters or fewer.</source>
        <translation>Rhaid i hyn fod yn %1 nod neu lai.</translation>
    </message>
    <message>
        <source>This partner comes from an administrator&apos;s list, so it cannot be changed here. Add your own entry instead, or ask the administrator to correct the list.</source>
        <translation>Daw&apos;r partner hwn o restr gweinyddwr, felly ni ellir ei newid yma. Ychwanegwch eich cofnod eich hun yn lle hynny, neu gofynnwch i&apos;r gweinyddwr gywiro&apos;r rhestr.</translation>
    </message>
    <message>
        <source>This partner comes from an administrator&apos;s list, so it cannot be removed here.</source>
        <translation>Daw&apos;r partner hwn o restr gweinyddwr, felly ni ellir ei dynnu yma.</translation>
    </message>
</context>
<context>
    <name>PartnerEditDialog</name>
    <message>
        <source>En&amp;glish</source>
        <translation>&amp;Saesneg</translation>
    </message>
    <message>
        <source>&amp;Welsh</source>
        <translation>C&amp;ymraeg</translation>
    </message>
    <message>
        <source>A referral needs the person&apos;s consent, recor&amp;ded</source>
        <translation>Mae angen caniatâd y person, wedi&apos;i gofno&amp;di, cyn atgyfeirio</translation>
    </message>
    <message>
        <source>Add a partner</source>
        <translation>Ychwanegu partner</translation>
    </message>
    <message>
        <source>Change a partner</source>
        <translation>Newid partner</translation>
    </message>
    <message>
        <source>Services offered</source>
        <translation>Gwasanaethau a gynigir</translation>
    </message>
    <message>
        <source>Other languages, as two-letter codes</source>
        <translation>Ieithoedd eraill, fel codau dwy lythyren</translation>
    </message>
    <message>
        <source>e.g. pl, ar</source>
        <translation>e.e. pl, ar</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>&amp;Kind of organisation:</source>
        <translation>&amp;Math o sefydliad:</translation>
    </message>
    <message>
        <source>Ser&amp;vices offered:</source>
        <translation>&amp;Gwasanaethau a gynigir:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Ieithoedd:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Cyfei&amp;riad:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>Cod &amp;post:</translation>
    </message>
    <message>
        <source>When it is &amp;open:</source>
        <translation>&amp;Oriau agor:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Ffôn:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E-&amp;bost:</translation>
    </message>
    <message>
        <source>Webs&amp;ite:</source>
        <translation>G&amp;wefan:</translation>
    </message>
    <message>
        <source>How to refe&amp;r:</source>
        <translation>Sut i a&amp;tgyfeirio:</translation>
    </message>
</context>
<context>
    <name>PartnerVocabulary</name>
    <message>
        <source>Charity or voluntary group</source>
        <translation>Elusen neu grŵp gwirfoddol</translation>
    </message>
    <message>
        <source>College</source>
        <translation>Coleg</translation>
    </message>
    <message>
        <source>Training provider</source>
        <translation>Darparwr hyfforddiant</translation>
    </message>
    <message>
        <source>GP surgery</source>
        <translation>Meddygfa</translation>
    </message>
    <message>
        <source>Housing advice</source>
        <translation>Cyngor ar dai</translation>
    </message>
    <message>
        <source>Debt and money advice</source>
        <translation>Cyngor ar ddyledion ac arian</translation>
    </message>
    <message>
        <source>Food bank</source>
        <translation>Banc bwyd</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Llyfrgell</translation>
    </message>
    <message>
        <source>Community centre</source>
        <translation>Canolfan gymunedol</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Cyflogwr</translation>
    </message>
    <message>
        <source>Local council service</source>
        <translation>Gwasanaeth cyngor lleol</translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation>Sefydliad arall</translation>
    </message>
    <message>
        <source>CV and application help</source>
        <translation>Help gyda CV a cheisiadau</translation>
    </message>
    <message>
        <source>Job search support</source>
        <translation>Cymorth chwilio am swydd</translation>
    </message>
    <message>
        <source>Training and courses</source>
        <translation>Hyfforddiant a chyrsiau</translation>
    </message>
    <message>
        <source>Digital skills</source>
        <translation>Sgiliau digidol</translation>
    </message>
    <message>
        <source>English or Welsh language classes</source>
        <translation>Dosbarthiadau Saesneg neu Gymraeg</translation>
    </message>
    <message>
        <source>Health and work support</source>
        <translation>Cymorth iechyd a gwaith</translation>
    </message>
    <message>
        <source>Mental health and wellbeing</source>
        <translation>Iechyd meddwl a llesiant</translation>
    </message>
    <message>
        <source>Benefits advice</source>
        <translation>Cyngor ar fudd-daliadau</translation>
    </message>
    <message>
        <source>Food and essentials</source>
        <translation>Bwyd a hanfodion</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Gofal plant</translation>
    </message>
    <message>
        <source>Volunteering and work experience</source>
        <translation>Gwirfoddoli a phrofiad gwaith</translation>
    </message>
    <message>
        <source>Support for young people</source>
        <translation>Cymorth i bobl ifanc</translation>
    </message>
    <message>
        <source>Disability support</source>
        <translation>Cymorth anabledd</translation>
    </message>
    <message>
        <source>CV help</source>
        <translation>Help gyda CV</translation>
    </message>
    <message>
        <source>Job search</source>
        <translation>Chwilio am swydd</translation>
    </message>
    <message>
        <source>Health and work</source>
        <translation>Iechyd a gwaith</translation>
    </message>
    <message>
        <source>Benefits advice signposting</source>
        <translation>Cyfeirio at gyngor ar fudd-daliadau</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Cymraeg</translation>
    </message>
</context>
<context>
    <name>PartnersBundle</name>
    <message>
        <source>a service&apos;s key must be lower-case letters, digits and underscores</source>
        <translation>rhaid i allwedd gwasanaeth fod yn llythrennau bach, digidau a thanlinellau</translation>
    </message>
    <message>
        <source>the service %1 has no English name</source>
        <translation>does dim enw Saesneg gan y gwasanaeth %1</translation>
    </message>
    <message>
        <source>a partner needs an id of letters, digits and underscores</source>
        <translation>mae angen dynodwr o lythrennau, digidau a thanlinellau ar bartner</translation>
    </message>
    <message>
        <source>the partner id %1 appears twice</source>
        <translation>mae dynodwr partner %1 yn ymddangos ddwywaith</translation>
    </message>
</context>
<context>
    <name>PartnersDialog</name>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Newid…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Tynnu</translation>
    </message>
    <message>
        <source>Local partners</source>
        <translation>Partneriaid lleol</translation>
    </message>
    <message>
        <source>Name, address or hours</source>
        <translation>Enw, cyfeiriad neu oriau</translation>
    </message>
    <message>
        <source>Any service</source>
        <translation>Unrhyw wasanaeth</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Unrhyw iaith</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>C&amp;hwilio:</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>&amp;Gwasanaeth:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partneriaid</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Ieithoedd</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>Pwy biau</translation>
    </message>
    <message>
        <source>Partner details</source>
        <translation>Manylion y partner</translation>
    </message>
    <message>
        <source>&amp;Add your own…</source>
        <translation>&amp;Ychwanegu eich un chi…</translation>
    </message>
    <message>
        <source>No partners match. Partners come from your administrator&apos;s list, or add your own.</source>
        <translation>Does dim partneriaid yn cyfateb. Daw partneriaid o restr eich gweinyddwr, neu ychwanegwch eich rhai eich hun.</translation>
    </message>
    <message numerus="yes">
        <source>%n partners</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partner</numerusform>
            <numerusform>%n bartner</numerusform>
            <numerusform>%n o bartneriaid</numerusform>
            <numerusform>%n o bartneriaid</numerusform>
        </translation>
    </message>
    <message>
        <source>Your own</source>
        <translation>Eich un chi</translation>
    </message>
    <message>
        <source>Administrator&apos;s list</source>
        <translation>Rhestr y gweinyddwr</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Gwasanaethau</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Gwefan</translation>
    </message>
    <message>
        <source>How to refer</source>
        <translation>Sut i atgyfeirio</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Caniatâd</translation>
    </message>
    <message>
        <source>A referral needs the person&apos;s consent, recorded when the referral is made.</source>
        <translation>Mae angen caniatâd y person cyn atgyfeirio, wedi&apos;i gofnodi pan wneir yr atgyfeiriad.</translation>
    </message>
    <message>
        <source>Takes referrals without recorded consent (signposting).</source>
        <translation>Yn derbyn atgyfeiriadau heb ganiatâd wedi&apos;i gofnodi (cyfeirio).</translation>
    </message>
    <message>
        <source>Remove a partner</source>
        <translation>Tynnu partner</translation>
    </message>
    <message>
        <source>Remove %1 from your partners? Referrals already made to it keep its name.</source>
        <translation>Tynnu %1 o&apos;ch partneriaid? Bydd atgyfeiriadau a wnaed ato eisoes yn cadw ei enw.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
</context>
<context>
    <name>PassphraseBox</name>
    <message>
        <source>There is not enough memory to check the passphrase. Close other programs and try again.</source>
        <translation>Nid oes digon o gof i wirio&apos;r cyfrinymadrodd. Caewch raglenni eraill a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>This key file is not one of Waymark&apos;s, or it is damaged.</source>
        <translation>Nid yw&apos;r ffeil allwedd hon yn perthyn i Waymark, neu mae wedi&apos;i difrodi.</translation>
    </message>
    <message>
        <source>This was made by a newer version of Waymark. Update Waymark, then try again.</source>
        <translation>Cafodd hwn ei greu gan fersiwn mwy diweddar o Waymark. Diweddarwch Waymark, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Passphrase incorrect. Check it and try again.</source>
        <translation>Mae&apos;r cyfrinymadrodd yn anghywir. Gwiriwch ef a rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>PassphraseReader</name>
    <message>
        <source>The passphrase file could not be read.</source>
        <translation>Nid oedd modd darllen ffeil y cyfrinymadrodd.</translation>
    </message>
    <message>
        <source>The passphrase file is empty.</source>
        <translation>Mae ffeil y cyfrinymadrodd yn wag.</translation>
    </message>
    <message>
        <source>No passphrase was entered.</source>
        <translation>Ni roddwyd cyfrinymadrodd.</translation>
    </message>
    <message>
        <source>No passphrase given. Use --passphrase-file or WAYMARK_PASSPHRASE when not at a terminal.</source>
        <translation>Ni roddwyd cyfrinymadrodd. Defnyddiwch --passphrase-file neu WAYMARK_PASSPHRASE pan nad ydych wrth derfynell.</translation>
    </message>
    <message>
        <source>The passphrase cannot be empty.</source>
        <translation>Ni all y cyfrinymadrodd fod yn wag.</translation>
    </message>
    <message>
        <source>The two passphrases are different. Nothing was changed.</source>
        <translation>Mae&apos;r ddau gyfrinymadrodd yn wahanol. Ni chafodd dim ei newid.</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Too short</source>
        <translation>Rhy fyr</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters. A few unrelated words together work well.</source>
        <translation>
            <numerusform>Defnyddiwch o leiaf %n nod. Mae ychydig o eiriau digyswllt gyda&apos;i gilydd yn gweithio&apos;n dda.</numerusform>
            <numerusform>Defnyddiwch o leiaf %n nod. Mae ychydig o eiriau digyswllt gyda&apos;i gilydd yn gweithio&apos;n dda.</numerusform>
            <numerusform>Defnyddiwch o leiaf %n nod. Mae ychydig o eiriau digyswllt gyda&apos;i gilydd yn gweithio&apos;n dda.</numerusform>
            <numerusform>Defnyddiwch o leiaf %n nod. Mae ychydig o eiriau digyswllt gyda&apos;i gilydd yn gweithio&apos;n dda.</numerusform>
            <numerusform>Defnyddiwch o leiaf %n nod. Mae ychydig o eiriau digyswllt gyda&apos;i gilydd yn gweithio&apos;n dda.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Gwan</translation>
    </message>
    <message>
        <source>Easy to guess. Add more words or avoid common words and sequences.</source>
        <translation>Hawdd ei ddyfalu. Ychwanegwch ragor o eiriau neu osgowch eiriau a dilyniannau cyffredin.</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Gweddol</translation>
    </message>
    <message>
        <source>Acceptable. Another word would make it much stronger.</source>
        <translation>Derbyniol. Byddai gair arall yn ei wneud yn llawer cryfach.</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Cryf</translation>
    </message>
    <message>
        <source>A good passphrase. Keep it somewhere only you can reach.</source>
        <translation>Cyfrinymadrodd da. Cadwch ef rywle lle mai dim ond chi all ei gyrraedd.</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Cryf iawn</translation>
    </message>
    <message>
        <source>An excellent passphrase.</source>
        <translation>Cyfrinymadrodd rhagorol.</translation>
    </message>
</context>
<context>
    <name>PassphraseStrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Cryfder y cyfrinymadrodd</translation>
    </message>
</context>
<context>
    <name>PayloadReader</name>
    <message>
        <source>not an archive this version can read</source>
        <translation>nid yw&apos;n archif y gall y fersiwn hwn ei darllen</translation>
    </message>
    <message>
        <source>the payload is not of the expected kind</source>
        <translation>nid yw&apos;r llwyth data o&apos;r math disgwyliedig</translation>
    </message>
    <message>
        <source>The file&apos;s contents couldn&apos;t be read (%1). Nothing was changed; ask the sender to export it again.</source>
        <translation>Nid oedd modd darllen cynnwys y ffeil (%1). Ni chafodd dim ei newid; gofynnwch i&apos;r anfonwr ei hallforio eto.</translation>
    </message>
    <message>
        <source>a number is missing or malformed</source>
        <translation>mae rhif ar goll neu ar ffurf anghywir</translation>
    </message>
    <message>
        <source>a number is not finite</source>
        <translation>nid yw rhif yn feidraidd</translation>
    </message>
    <message>
        <source>a yes/no value is neither</source>
        <translation>nid yw gwerth ie/na yn ie nac yn na</translation>
    </message>
    <message>
        <source>a text is not valid UTF-8</source>
        <translation>nid yw testun yn UTF-8 dilys</translation>
    </message>
    <message>
        <source>a text is longer than allowed</source>
        <translation>mae testun yn hwy na&apos;r hyn a ganiateir</translation>
    </message>
    <message>
        <source>a text is cut short</source>
        <translation>mae testun wedi&apos;i dorri&apos;n fyr</translation>
    </message>
    <message>
        <source>it lists more items than allowed (%1, at most %2)</source>
        <translation>mae&apos;n rhestru mwy o eitemau nag a ganiateir (%1, %2 ar y mwyaf)</translation>
    </message>
    <message>
        <source>the end of the payload is missing</source>
        <translation>mae diwedd y llwyth data ar goll</translation>
    </message>
    <message>
        <source>there are unexpected bytes after the end</source>
        <translation>mae beitiau annisgwyl ar ôl y diwedd</translation>
    </message>
    <message>
        <source>it lists more items (%1) than the rest of the payload can hold</source>
        <translation>mae&apos;n rhestru mwy o eitemau (%1) nag y gall gweddill y llwyth data eu dal</translation>
    </message>
</context>
<context>
    <name>PersonCommands</name>
    <message>
        <source>--status must be open or closed.</source>
        <translation>Rhaid i --status fod yn open neu closed.</translation>
    </message>
    <message>
        <source>Erasing removes everything about this person and cannot be undone. Add --yes to go ahead.</source>
        <translation>Mae dileu yn cael gwared ar bopeth am y person hwn, ac nid oes modd ei ddadwneud. Ychwanegwch --yes i fwrw ymlaen.</translation>
    </message>
    <message>
        <source>Erased.</source>
        <translation>Wedi&apos;i ddileu.</translation>
    </message>
    <message>
        <source>--format must be html or json.</source>
        <translation>Rhaid i --format fod yn html neu json.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Allforiwyd i %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n disagreement(s)</source>
        <translation>
            <numerusform>%n anghytundeb</numerusform>
            <numerusform>%n anghytundeb</numerusform>
            <numerusform>%n o anghytundebau</numerusform>
            <numerusform>%n o anghytundebau</numerusform>
            <numerusform>%n o anghytundebau</numerusform>
        </translation>
    </message>
    <message>
        <source>--about must be suggestion or decision.</source>
        <translation>Rhaid i --about fod yn suggestion neu decision.</translation>
    </message>
    <message>
        <source>--reason needs what the person said, in a few words.</source>
        <translation>Mae --reason angen yr hyn a ddywedodd y person, mewn ychydig eiriau.</translation>
    </message>
    <message>
        <source>Recorded that they disagreed.</source>
        <translation>Cofnodwyd eu bod yn anghytuno.</translation>
    </message>
</context>
<context>
    <name>PersonEraseDialog</name>
    <message>
        <source>Erase this %1</source>
        <translation>Dileu&apos;r %1 hwn</translation>
    </message>
    <message>
        <source>To confirm, type the %1&apos;s full name: %2</source>
        <translation>I gadarnhau mai hwn yw&apos;r %1 cywir, teipiwch ei enw llawn: %2</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Enw llawn</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Enw llawn</translation>
    </message>
    <message>
        <source>&amp;Erase permanently</source>
        <translation>&amp;Dileu&apos;n barhaol</translation>
    </message>
    <message>
        <source>The name matches. Erase permanently is now available.</source>
        <translation>Mae&apos;r enw&apos;n cyfateb. Mae Dileu&apos;n barhaol ar gael nawr.</translation>
    </message>
    <message>
        <source>This does not match the name yet.</source>
        <translation>Nid yw hyn yn cyfateb i&apos;r enw eto.</translation>
    </message>
</context>
<context>
    <name>PersonLeaflet</name>
    <message>
        <source>How your work coach uses Waymark</source>
        <translation>Sut mae eich anogwr gwaith yn defnyddio Waymark</translation>
    </message>
    <message>
        <source>What Waymark is</source>
        <translation>Beth yw Waymark</translation>
    </message>
    <message>
        <source>Waymark is a computer program your work coach uses to keep your record. It is on their own computer, and it is locked with a password.</source>
        <translation>Rhaglen gyfrifiadur yw Waymark y mae eich anogwr gwaith yn ei defnyddio i gadw eich cofnod. Mae ar eu cyfrifiadur eu hunain, ac mae wedi’i chloi â chyfrinair.</translation>
    </message>
    <message>
        <source>Waymark can make suggestions to your coach. It can suggest jobs that may suit you, and say why. It can spot skills, job goals and hours in the notes your coach writes. It can fill in parts of a form from your record.</source>
        <translation>Gall Waymark wneud awgrymiadau i’ch anogwr. Gall awgrymu swyddi a allai fod yn addas i chi, a dweud pam. Gall sylwi ar sgiliau, nodau swydd ac oriau yn y nodiadau y mae eich anogwr yn eu hysgrifennu. Gall lenwi rhannau o ffurflen o’ch cofnod.</translation>
    </message>
    <message>
        <source>A person decides, not the computer</source>
        <translation>Person sy’n penderfynu, nid y cyfrifiadur</translation>
    </message>
    <message>
        <source>Waymark only suggests. Your coach reads each suggestion and decides whether to use it, change it or leave it out.</source>
        <translation>Dim ond awgrymu y mae Waymark. Mae eich anogwr yn darllen pob awgrym ac yn penderfynu a ddylid ei ddefnyddio, ei newid neu ei adael allan.</translation>
    </message>
    <message>
        <source>Waymark never decides your benefits, what you have to do, or whether you get a sanction. People make those decisions.</source>
        <translation>Nid yw Waymark byth yn penderfynu ar eich budd-daliadau, beth sy’n rhaid i chi ei wneud, nac a ydych yn cael sancsiwn. Pobl sy’n gwneud y penderfyniadau hynny.</translation>
    </message>
    <message>
        <source>What it reads, and what it never reads</source>
        <translation>Beth mae’n ei ddarllen, a beth nad yw byth yn ei ddarllen</translation>
    </message>
    <message>
        <source>To suggest jobs, Waymark reads your skills, your work history, your job goals, your qualifications, how far you can travel and the hours you can work.</source>
        <translation>I awgrymu swyddi, mae Waymark yn darllen eich sgiliau, eich hanes gwaith, eich nodau swydd, eich cymwysterau, pa mor bell y gallwch deithio a’r oriau y gallwch eu gweithio.</translation>
    </message>
    <message>
        <source>To suggest jobs, it never reads your name, your date of birth, your National Insurance number, your address or contact details, the language you speak, your health or fit notes, or the notes your coach writes.</source>
        <translation>I awgrymu swyddi, nid yw byth yn darllen eich enw, eich dyddiad geni, eich rhif Yswiriant Gwladol, eich cyfeiriad na’ch manylion cyswllt, yr iaith rydych yn ei siarad, eich iechyd na’ch nodiadau ffitrwydd, na’r nodiadau y mae eich anogwr yn eu hysgrifennu.</translation>
    </message>
    <message>
        <source>Suggestions from notes come only from the note your coach is writing at the time. Nothing leaves your coach&apos;s computer to make a suggestion.</source>
        <translation>Daw awgrymiadau o nodiadau o’r nodyn y mae eich anogwr yn ei ysgrifennu ar y pryd yn unig. Nid oes dim yn gadael cyfrifiadur eich anogwr i wneud awgrym.</translation>
    </message>
    <message>
        <source>You can see why</source>
        <translation>Gallwch weld pam</translation>
    </message>
    <message>
        <source>You can ask for a copy of everything held about you. It is free. It includes a part called &quot;Suggestions made about you&quot;: each suggestion, the reasons shown to your coach at the time, what was decided, who decided and when.</source>
        <translation>Gallwch ofyn am gopi o bopeth a gedwir amdanoch. Mae am ddim. Mae’n cynnwys rhan o’r enw &quot;Awgrymiadau a wnaed amdanoch chi&quot;: pob awgrym, y rhesymau a ddangoswyd i’ch anogwr ar y pryd, beth a benderfynwyd, pwy a benderfynodd a phryd.</translation>
    </message>
    <message>
        <source>If you disagree</source>
        <translation>Os ydych yn anghytuno</translation>
    </message>
    <message>
        <source>Tell your coach if you disagree with a suggestion or with a decision. They will write down that you disagreed, in your words. This shows in your record and in your copy.</source>
        <translation>Dywedwch wrth eich anogwr os ydych yn anghytuno ag awgrym neu â phenderfyniad. Byddant yn ysgrifennu eich bod wedi anghytuno, yn eich geiriau chi. Mae hyn i’w weld yn eich cofnod ac yn eich copi.</translation>
    </message>
    <message>
        <source>You can ask for any decision to be looked at again by a person. Ask your coach, or write to the organisation that helps you. You can give your side and ask them to change the decision.</source>
        <translation>Gallwch ofyn i berson edrych eto ar unrhyw benderfyniad. Gofynnwch i’ch anogwr, neu ysgrifennwch at y sefydliad sy’n eich helpu. Gallwch roi eich ochr chi a gofyn iddynt newid y penderfyniad.</translation>
    </message>
    <message>
        <source>The law gives you these rights. This includes the Data (Use and Access) Act 2025, which says people must be able to ask for a person to look again at decisions made with computers.</source>
        <translation>Mae’r gyfraith yn rhoi’r hawliau hyn i chi. Mae hyn yn cynnwys Deddf Data (Defnydd a Mynediad) 2025, sy’n dweud bod yn rhaid i bobl allu gofyn i berson edrych eto ar benderfyniadau a wneir gyda chyfrifiaduron.</translation>
    </message>
    <message>
        <source>If you are still not happy</source>
        <translation>Os nad ydych yn hapus o hyd</translation>
    </message>
    <message>
        <source>You can complain to the organisation that helps you. If you are still not happy with how they use your information, you can complain to the Information Commissioner&apos;s Office (ICO): ico.org.uk or 0303 123 1113.</source>
        <translation>Gallwch gwyno i’r sefydliad sy’n eich helpu. Os nad ydych yn hapus o hyd â sut maen nhw’n defnyddio eich gwybodaeth, gallwch gwyno i Swyddfa’r Comisiynydd Gwybodaeth (ICO): ico.org.uk neu 0303 123 1113.</translation>
    </message>
</context>
<context>
    <name>PersonReport</name>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Information added</source>
        <translation>Ychwanegwyd gwybodaeth</translation>
    </message>
    <message>
        <source>Information changed</source>
        <translation>Newidiwyd gwybodaeth</translation>
    </message>
    <message>
        <source>Information removed</source>
        <translation>Tynnwyd gwybodaeth</translation>
    </message>
    <message>
        <source>Record looked at</source>
        <translation>Edrychwyd ar y cofnod</translation>
    </message>
    <message>
        <source>Health and work information looked at</source>
        <translation>Edrychwyd ar wybodaeth iechyd a gwaith</translation>
    </message>
    <message>
        <source>Copy of the record made</source>
        <translation>Gwnaed copi o&apos;r cofnod</translation>
    </message>
    <message>
        <source>Information imported</source>
        <translation>Mewnforiwyd gwybodaeth</translation>
    </message>
    <message>
        <source>There is no person with that id in this vault.</source>
        <translation>Nid oes person â&apos;r id hwnnw yn y storfa hon.</translation>
    </message>
    <message>
        <source>Information held about %1</source>
        <translation>Gwybodaeth a gedwir am %1</translation>
    </message>
    <message>
        <source>This is a copy of everything held about you in this caseload, made on %1 by %2. Ask if anything is wrong or unclear.</source>
        <translation>Dyma gopi o bopeth a gedwir amdanoch yn y llwyth achosion hwn, a wnaed ar %1 gan %2. Gofynnwch os oes unrhyw beth yn anghywir neu&apos;n aneglur.</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Dim wedi&apos;i gofnodi.</translation>
    </message>
    <message>
        <source>Recorded on %1</source>
        <translation>Cofnodwyd ar %1</translation>
    </message>
    <message>
        <source>Corrected on %1</source>
        <translation>Cywirwyd ar %1</translation>
    </message>
    <message>
        <source>Who used this record and when</source>
        <translation>Pwy ddefnyddiodd y cofnod hwn a phryd</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <source>The export file could not be created. Check you can write to that folder.</source>
        <translation>Nid oedd modd creu&apos;r ffeil allforio. Gwiriwch eich bod yn gallu ysgrifennu i&apos;r ffolder hwnnw.</translation>
    </message>
    <message>
        <source>The export file could not be written. Check there is space on the disk.</source>
        <translation>Nid oedd modd ysgrifennu&apos;r ffeil allforio. Gwiriwch fod lle ar y ddisg.</translation>
    </message>
    <message>
        <source>A form saved as a PDF outside Waymark</source>
        <translation>Ffurflen wedi&apos;i chadw fel PDF y tu allan i Waymark</translation>
    </message>
    <message>
        <source>A form printed</source>
        <translation>Ffurflen wedi&apos;i hargraffu</translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation>Swydd wag</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 gyda %2</translation>
    </message>
    <message>
        <source>Vacancy reference</source>
        <translation>Cyfeirnod y swydd wag</translation>
    </message>
    <message>
        <source>Score shown</source>
        <translation>Y sgôr a ddangoswyd</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Why, as shown</source>
        <translation>Pam, fel y’i dangoswyd</translation>
    </message>
    <message>
        <source>What was suggested</source>
        <translation>Beth a awgrymwyd</translation>
    </message>
    <message>
        <source>From this sentence in a note</source>
        <translation>O’r frawddeg hon mewn nodyn</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>Wedi’i ddangos fel</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Ffurflen</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <source>Answer filled in</source>
        <translation>Yr ateb a lenwyd</translation>
    </message>
    <message>
        <source>Where it came from</source>
        <translation>O ble y daeth</translation>
    </message>
    <message>
        <source>No decision has been recorded.</source>
        <translation>Nid oes penderfyniad wedi’i gofnodi.</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: “%2”</translation>
    </message>
    <message>
        <source>%1, by %2 on %3</source>
        <translation>%1, gan %2 ar %3</translation>
    </message>
    <message>
        <source>On %1 you disagreed with %2 (recorded by %3): %4</source>
        <translation>Ar %1 roeddech yn anghytuno â %2 (cofnodwyd gan %3): %4</translation>
    </message>
    <message>
        <source>Suggestions from a note shown to the coach</source>
        <translation>Awgrymiadau o nodyn wedi’u dangos i’r anogwr</translation>
    </message>
    <message>
        <source>A suggestion accepted</source>
        <translation>Awgrym wedi’i dderbyn</translation>
    </message>
    <message>
        <source>A suggestion changed, then accepted</source>
        <translation>Awgrym wedi’i newid, ac yna wedi’i dderbyn</translation>
    </message>
    <message>
        <source>A suggestion rejected</source>
        <translation>Awgrym wedi’i wrthod</translation>
    </message>
    <message>
        <source>A suggestion used in a form</source>
        <translation>Awgrym wedi’i ddefnyddio mewn ffurflen</translation>
    </message>
    <message>
        <source>Your disagreement with a suggestion recorded</source>
        <translation>Eich anghytundeb ag awgrym wedi’i gofnodi</translation>
    </message>
    <message>
        <source>Referred to a partner</source>
        <translation>Wedi&apos;i atgyfeirio at bartner</translation>
    </message>
    <message>
        <source>Referral outcome recorded</source>
        <translation>Canlyniad atgyfeiriad wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>Suggestions made about you</source>
        <translation>Awgrymiadau a wnaed amdanoch chi</translation>
    </message>
    <message>
        <source>Waymark only suggests: a person decides. These are the suggestions it showed about you, in the words shown at the time, with what was decided, by whom and when. If you disagree with any of them, say so: your disagreement is recorded here, and you can ask for the decision to be looked at again.</source>
        <translation>Dim ond awgrymu y mae Waymark: person sy’n penderfynu. Dyma’r awgrymiadau a ddangosodd amdanoch chi, yn y geiriau a ddangoswyd ar y pryd, gyda’r hyn a benderfynwyd, gan bwy a phryd. Os ydych yn anghytuno ag unrhyw un ohonynt, dywedwch hynny: caiff eich anghytundeb ei gofnodi yma, a gallwch ofyn i rywun edrych eto ar y penderfyniad.</translation>
    </message>
    <message>
        <source>No suggestions have been made about you.</source>
        <translation>Does dim awgrymiadau wedi’u gwneud amdanoch chi.</translation>
    </message>
    <message>
        <source>shown on %1 to %2</source>
        <translation>wedi’i ddangos ar %1 i %2</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Penderfyniad</translation>
    </message>
    <message>
        <source>Your disagreement</source>
        <translation>Eich anghytundeb</translation>
    </message>
    <message>
        <source>Offer of work, education or training recorded</source>
        <translation>Cofnodwyd cynnig o waith, addysg neu hyfforddiant</translation>
    </message>
    <message>
        <source>Put forward to an employer for a job</source>
        <translation>Enwebwyd i gyflogwr ar gyfer swydd</translation>
    </message>
    <message>
        <source>Outcome of being put forward recorded</source>
        <translation>Cofnodwyd canlyniad yr enwebiad</translation>
    </message>
</context>
<context>
    <name>PersonWorkspace</name>
    <message>
        <source>Er&amp;ase this %1…</source>
        <translation>&amp;Dileu&apos;r %1 hwn…</translation>
    </message>
    <message>
        <source>The %1 shown</source>
        <translation>Y cofnod a ddangosir (%1)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Achos</translation>
    </message>
    <message>
        <source>Erase this %1 and everything held about them</source>
        <translation>Dileu&apos;r %1 hwn a phopeth a gedwir amdano</translation>
    </message>
    <message>
        <source>Erasing removes everything held about this %1 for good. You will be told exactly what will go and asked to type their full name first.</source>
        <translation>Mae dileu yn cael gwared am byth ar bopeth a gedwir ynglŷn â&apos;r %1 hwn. Cewch wybod yn union beth fydd yn cael ei ddileu, a gofynnir i chi deipio ei enw llawn yn gyntaf.</translation>
    </message>
    <message>
        <source>Records about the %1</source>
        <translation>Cofnodion ynglŷn â&apos;r %1</translation>
    </message>
    <message>
        <source>Health information is special category data. Each time this section is opened for a %1, the opening is recorded in the audit log. Record only what the %1 agrees is needed.</source>
        <translation>Mae gwybodaeth iechyd yn ddata categori arbennig. Bob tro y caiff yr adran hon ei hagor ar gyfer %1, caiff hynny ei gofnodi yn y log archwilio. Dim ond yr hyn y mae&apos;r %1 yn cytuno sydd ei angen y dylech ei gofnodi.</translation>
    </message>
    <message>
        <source>Record actions as agreed with the %1. Mark an action as required only when it comes from a requirement set elsewhere: Waymark records requirements, it does not set them.</source>
        <translation>Cofnodwch gamau gweithredu fel y cytunwyd â&apos;r %1. Dim ond pan fydd yn deillio o ofyniad a osodwyd yn rhywle arall y dylech nodi bod cam gweithredu&apos;n ofynnol: mae Waymark yn cofnodi gofynion, nid yw&apos;n eu gosod.</translation>
    </message>
    <message>
        <source>Could not open the record</source>
        <translation>Nid oedd modd agor y cofnod</translation>
    </message>
    <message>
        <source>No %1 selected. Choose one from the caseload.</source>
        <translation>Nid oes %1 wedi&apos;i ddewis. Dewiswch un o&apos;r llwyth achosion.</translation>
    </message>
    <message>
        <source>Preferred name: not recorded</source>
        <translation>Enw dewisol: heb ei gofnodi</translation>
    </message>
    <message>
        <source>Preferred name: %1</source>
        <translation>Enw dewisol: %1</translation>
    </message>
    <message>
        <source>Preferred language: not recorded</source>
        <translation>Iaith ddewisol: heb ei chofnodi</translation>
    </message>
    <message>
        <source>Preferred language: %1</source>
        <translation>Iaith ddewisol: %1</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Achos wedi&apos;i gau</translation>
    </message>
    <message>
        <source>Case open</source>
        <translation>Achos ar agor</translation>
    </message>
    <message>
        <source>%1. %2. %3. %4.</source>
        <translation>%1. %2. %3. %4.</translation>
    </message>
    <message>
        <source>Reopen &amp;case</source>
        <translation>Ailagor yr ac&amp;hos</translation>
    </message>
    <message>
        <source>Close &amp;case</source>
        <translation>Cau&apos;r ac&amp;hos</translation>
    </message>
    <message>
        <source>Reopen this %1&apos;s case</source>
        <translation>Ailagor yr achos sy&apos;n ymwneud â&apos;r %1 hwn</translation>
    </message>
    <message>
        <source>Close this %1&apos;s case</source>
        <translation>Cau&apos;r achos sy&apos;n ymwneud â&apos;r %1 hwn</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>given name, family name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Could not open the health section</source>
        <translation>Nid oedd modd agor yr adran iechyd</translation>
    </message>
    <message>
        <source>Could not change the case</source>
        <translation>Nid oedd modd newid yr achos</translation>
    </message>
    <message>
        <source>This will permanently erase %1 and everything held about them:</source>
        <translation>Bydd hyn yn dileu %1 yn barhaol, a phopeth a gedwir am yr unigolyn hwn:</translation>
    </message>
    <message numerus="yes">
        <source>• %1: %n entry(s)</source>
        <translation>
            <numerusform>• %1: %n eitem</numerusform>
            <numerusform>• %1: %n eitem</numerusform>
            <numerusform>• %1: %n eitem</numerusform>
            <numerusform>• %1: %n eitem</numerusform>
            <numerusform>• %1: %n eitem</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log will keep only the fact that an erasure happened. This cannot be undone.</source>
        <translation>Dim ond y ffaith bod rhywbeth wedi&apos;i ddileu a gaiff ei chadw yn y log archwilio. Does dim modd dadwneud hyn.</translation>
    </message>
    <message>
        <source>Could not erase</source>
        <translation>Nid oedd modd dileu</translation>
    </message>
    <message>
        <source>Add a %1</source>
        <translation>Ychwanegu %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Allforio</translation>
    </message>
    <message>
        <source>Exporting is not available in this window.</source>
        <translation>Nid yw allforio ar gael yn y ffenestr hon.</translation>
    </message>
    <message>
        <source>Export everything held on this %1</source>
        <translation>Allforio popeth a gedwir ynglŷn â&apos;r %1 hwn</translation>
    </message>
    <message>
        <source>Web page for printing (*.html);;JSON for other systems (*.json)</source>
        <translation>Tudalen we i&apos;w hargraffu (*.html);;JSON ar gyfer systemau eraill (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Methodd yr allforio</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Wedi allforio</translation>
    </message>
    <message>
        <source>Everything held on this %1 is now in %2. The file holds personal data: keep it safe and delete it when it has been handed over.</source>
        <translation>Mae popeth a gedwir ynglŷn â&apos;r %1 hwn bellach yn y ffeil %2. Mae&apos;r ffeil yn cynnwys data personol: cadwch hi&apos;n ddiogel a&apos;i dileu ar ôl ei throsglwyddo.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Proffil</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>Amgylchiadau</translation>
    </message>
    <message>
        <source>Work and skills</source>
        <translation>Gwaith a sgiliau</translation>
    </message>
    <message>
        <source>Health and work</source>
        <translation>Iechyd a gwaith</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Cynllun</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Apwyntiadau</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Caniatâd</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Paru</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Ffurflenni</translation>
    </message>
    <message>
        <source>%1: a note not added yet</source>
        <translation>%1: nodyn heb ei ychwanegu eto</translation>
    </message>
    <message>
        <source>Some changes to this %1 are not saved yet:</source>
        <translation>Nid yw rhai newidiadau i&apos;r %1 hwn wedi&apos;u cadw eto:</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>Save your changes?</source>
        <translation>Cadw eich newidiadau?</translation>
    </message>
    <message>
        <source>Suggestions &amp;made about them…</source>
        <translation>A&amp;wgrymiadau amdanynt…</translation>
    </message>
    <message>
        <source>Suggestions made about this %1, and recording that they disagreed</source>
        <translation>Awgrymiadau a wnaed am y %1 hwn, a chofnodi eu bod yn anghytuno</translation>
    </message>
    <message numerus="yes">
        <source>• Suggestions made about them: %n entry(s)</source>
        <translation>
            <numerusform>• Awgrymiadau a wnaed amdanynt: %n cofnod</numerusform>
            <numerusform>• Awgrymiadau a wnaed amdanynt: %n cofnod</numerusform>
            <numerusform>• Awgrymiadau a wnaed amdanynt: %n o gofnodion</numerusform>
            <numerusform>• Awgrymiadau a wnaed amdanynt: %n o gofnodion</numerusform>
            <numerusform>• Awgrymiadau a wnaed amdanynt: %n o gofnodion</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileCsv</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Nid oedd modd agor %1: %2</translation>
    </message>
    <message>
        <source>A value for %1 is required.</source>
        <translation>Mae angen gwerth ar gyfer %1.</translation>
    </message>
    <message>
        <source>“%1” is not %2.</source>
        <translation>Nid yw “%1” yn ddilys: mae angen %2.</translation>
    </message>
    <message>
        <source>The profile id “%1” is already used on line %2.</source>
        <translation>Mae&apos;r id proffil “%1” eisoes wedi&apos;i ddefnyddio ar linell %2.</translation>
    </message>
    <message>
        <source>a latitude within the UK (%1 to %2)</source>
        <translation>lledred yn y DU (%1 i %2)</translation>
    </message>
    <message>
        <source>a longitude within the UK (%1 to %2)</source>
        <translation>hydred yn y DU (%1 i %2)</translation>
    </message>
    <message>
        <source>a distance in kilometres above 0 and at most %1</source>
        <translation>pellter mewn cilometrau sy&apos;n fwy na 0 ac yn %1 ar y mwyaf</translation>
    </message>
    <message>
        <source>a number of hours a week above 0 and at most %1</source>
        <translation>nifer o oriau&apos;r wythnos sy&apos;n fwy na 0 ac yn %1 ar y mwyaf</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the profiles file break a rule. The first is line %1, %2: %3</source>
        <translation>
            <numerusform>Mae %n rhes yn y ffeil proffiliau yn torri rheol. Mae&apos;r gyntaf ar linell %1, %2: %3</numerusform>
            <numerusform>Mae %n rhes yn y ffeil proffiliau yn torri rheol: llinell %1, %2: %3</numerusform>
            <numerusform>Mae %n o resi yn y ffeil proffiliau yn torri rheol. Mae&apos;r gyntaf ar linell %1, %2: %3</numerusform>
            <numerusform>Mae %n rhes yn y ffeil proffiliau yn torri rheol. Mae&apos;r gyntaf ar linell %1, %2: %3</numerusform>
            <numerusform>Mae %n o resi yn y ffeil proffiliau yn torri rheol. Mae&apos;r gyntaf ar linell %1, %2: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PutForwardDialog</name>
    <message>
        <source>They &amp;agreed to their details going to this employer for this job</source>
        <translation>&amp;Cytunon nhw i&apos;w manylion fynd i&apos;r cyflogwr hwn ar gyfer y swydd hon</translation>
    </message>
    <message>
        <source>Put forward for a job</source>
        <translation>Enwebu ar gyfer swydd</translation>
    </message>
    <message>
        <source>Put %1 forward for %2 at %3. You put them forward; Waymark records it, with their consent, on their record and the employer&apos;s.</source>
        <translation>Enwebu %1 ar gyfer %2 yn %3. Chi sy&apos;n eu henwebu; mae Waymark yn ei gofnodi, gyda&apos;u caniatâd, ar eu cofnod nhw a chofnod y cyflogwr.</translation>
    </message>
    <message>
        <source>Put forward &amp;on:</source>
        <translation>Enwebwyd &amp;ar:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Nodiadau:</translation>
    </message>
    <message>
        <source>&amp;Put forward</source>
        <translation>&amp;Enwebu</translation>
    </message>
</context>
<context>
    <name>PutForwards</name>
    <message>
        <source>There is no person with that id in this vault.</source>
        <translation>Does neb â&apos;r dynodydd hwnnw yn y gladdgell hon.</translation>
    </message>
    <message>
        <source>This vacancy has closed or been withdrawn, so nobody can be put forward for it now.</source>
        <translation>Mae&apos;r swydd wag hon wedi cau neu wedi&apos;i thynnu&apos;n ôl, felly does dim modd enwebu neb ar ei chyfer nawr.</translation>
    </message>
    <message>
        <source>Give the day they were put forward: today or a day before.</source>
        <translation>Rhowch y diwrnod y cawson nhw eu henwebu: heddiw neu ddiwrnod cyn hynny.</translation>
    </message>
    <message>
        <source>Their details go to the employer only with their consent. Ask the person, and confirm that they agreed, to put them forward.</source>
        <translation>Dim ond gyda&apos;u caniatâd y mae eu manylion yn mynd i&apos;r cyflogwr. Gofynnwch i&apos;r unigolyn, a chadarnhewch ei fod wedi cytuno, i&apos;w enwebu.</translation>
    </message>
    <message>
        <source>This person is already put forward for this vacancy. Record what came of it instead.</source>
        <translation>Mae&apos;r unigolyn hwn wedi&apos;i enwebu ar gyfer y swydd wag hon yn barod. Cofnodwch beth ddaeth ohono yn lle hynny.</translation>
    </message>
    <message>
        <source>To %1 for %2</source>
        <translation>I %1 ar gyfer %2</translation>
    </message>
    <message>
        <source>This person has no put-forward with that id.</source>
        <translation>Does gan yr unigolyn hwn ddim enwebiad â&apos;r dynodydd hwnnw.</translation>
    </message>
    <message>
        <source>“%1” is not an outcome Waymark records. Use one of: %2.</source>
        <translation>Nid yw “%1” yn ganlyniad y mae Waymark yn ei gofnodi. Defnyddiwch un o&apos;r rhain: %2.</translation>
    </message>
    <message>
        <source>Give the day of the outcome: no earlier than the day they were put forward, and not after today.</source>
        <translation>Rhowch ddiwrnod y canlyniad: dim cynharach na&apos;r diwrnod y cawson nhw eu henwebu, a dim hwyrach na heddiw.</translation>
    </message>
</context>
<context>
    <name>QuarantineDialog</name>
    <message>
        <source>Nothing has been set aside.</source>
        <translation>Does dim wedi&apos;i neilltuo.</translation>
    </message>
    <message>
        <source>&amp;Export for the sender…</source>
        <translation>&amp;Allforio ar gyfer yr anfonwr…</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Cwarantîn</translation>
    </message>
    <message>
        <source>Items set aside from imported bundles</source>
        <translation>Eitemau a neilltuwyd o fwndeli a fewnforiwyd</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Derbyniwyd</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Oddi wrth</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eitem</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>What the selected item held</source>
        <translation>Beth oedd yn yr eitem a ddewiswyd</translation>
    </message>
    <message>
        <source>Select an item to see what it held.</source>
        <translation>Dewiswch eitem i weld beth oedd ynddi.</translation>
    </message>
    <message>
        <source>Export the items set aside for the sender</source>
        <translation>Allforio&apos;r eitemau a neilltuwyd ar gyfer yr anfonwr</translation>
    </message>
    <message>
        <source>Save every item set aside as a CSV file to send back to whoever published it.</source>
        <translation>Cadw pob eitem a neilltuwyd fel ffeil CSV i&apos;w hanfon yn ôl at bwy bynnag a&apos;i cyhoeddodd.</translation>
    </message>
    <message>
        <source>These items came in signed bundles from trusted senders but failed the checks, so they were set aside instead of being used. Tell the sender what was wrong.</source>
        <translation>Daeth yr eitemau hyn mewn bwndeli wedi&apos;u llofnodi gan anfonwyr dibynadwy ond methon nhw&apos;r gwiriadau, felly cawsant eu neilltuo yn hytrach na&apos;u defnyddio. Dywedwch wrth yr anfonwr beth oedd o&apos;i le.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) set aside.</source>
        <translation>
            <numerusform>%n eitem wedi&apos;i neilltuo.</numerusform>
            <numerusform>%n eitem wedi&apos;i neilltuo.</numerusform>
            <numerusform>%n o eitemau wedi&apos;u neilltuo.</numerusform>
            <numerusform>%n eitem wedi&apos;i neilltuo.</numerusform>
            <numerusform>%n o eitemau wedi&apos;u neilltuo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export for the sender</source>
        <translation>Allforio ar gyfer yr anfonwr</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Ffeiliau CSV (*.csv);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>The file will leave this vault&apos;s encrypted store and anyone who has it can read it. Send it only to the sender, then delete it. Save it?</source>
        <translation>Bydd y ffeil yn gadael storfa amgryptiedig y storfa hon a gall unrhyw un sydd â hi ei darllen. Anfonwch hi at yr anfonwr yn unig, yna ei dileu. Ei chadw?</translation>
    </message>
    <message>
        <source>Saved to %1. It is not encrypted: send it to the sender, then delete it.</source>
        <translation>Wedi&apos;i chadw yn %1. Nid yw wedi&apos;i hamgryptio: anfonwch hi at yr anfonwr, yna ei dileu.</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Derbyniwyd: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Math: %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Oddi wrth: %1</translation>
    </message>
    <message>
        <source>Item: %1</source>
        <translation>Eitem: %1</translation>
    </message>
    <message>
        <source>Why it was set aside: %1</source>
        <translation>Pam y&apos;i rhoddwyd o&apos;r neilltu: %1</translation>
    </message>
    <message>
        <source>What it held:</source>
        <translation>Beth oedd ynddo:</translation>
    </message>
</context>
<context>
    <name>ReceiptBundle</name>
    <message>
        <source>a receipt for a bundle this vault did not send to that device</source>
        <translation>derbynneb ar gyfer bwndel nad anfonodd y storfa hon at y ddyfais honno</translation>
    </message>
    <message>
        <source>The receipt&apos;s record of its sender&apos;s audit log is malformed.</source>
        <translation>Mae cofnod y dderbynneb o log archwilio ei hanfonwr wedi&apos;i gamffurfio.</translation>
    </message>
</context>
<context>
    <name>RecordEditDialog</name>
    <message>
        <source>Add to %1</source>
        <translation>Ychwanegu at yr adran %1</translation>
    </message>
    <message>
        <source>Change an entry in %1</source>
        <translation>Newid cofnod yn yr adran %1</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>For example, QQ 12 34 56 C.</source>
        <translation>Er enghraifft, QQ 12 34 56 C.</translation>
    </message>
    <message>
        <source>For example, LS1 4AP.</source>
        <translation>Er enghraifft, LS1 4AP.</translation>
    </message>
    <message>
        <source>For example, name@example.com.</source>
        <translation>Er enghraifft, enw@example.com.</translation>
    </message>
    <message>
        <source>A UK phone number, for example 07700 900982.</source>
        <translation>Rhif ffôn yn y DU, er enghraifft 07700 900982.</translation>
    </message>
    <message>
        <source>A number.</source>
        <translation>Rhif.</translation>
    </message>
    <message>
        <source>Tick all that apply. Use the arrow keys to move and Space to tick.</source>
        <translation>Ticiwch bob un sy&apos;n berthnasol. Defnyddiwch y bysellau saeth i symud a&apos;r Bylchwr i dicio.</translation>
    </message>
    <message>
        <source>QQ 12 34 56 C</source>
        <translation>QQ 12 34 56 C</translation>
    </message>
    <message>
        <source>Problems to fix before saving</source>
        <translation>Problemau i&apos;w cywiro cyn cadw</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Gofynnol.</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (gofynnol)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(heb ei osod)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving. Each is shown beside its field.</source>
        <translation>
            <numerusform>Mae angen cywiro %n gwall cyn cadw. Mae pob un i&apos;w weld wrth ymyl ei faes.</numerusform>
            <numerusform>Mae angen cywiro %n gwall cyn cadw. Mae i&apos;w weld wrth ymyl ei faes.</numerusform>
            <numerusform>Mae angen cywiro %n o wallau cyn cadw. Mae pob un i&apos;w weld wrth ymyl ei faes.</numerusform>
            <numerusform>Mae angen cywiro %n gwall cyn cadw. Mae pob un i&apos;w weld wrth ymyl ei faes.</numerusform>
            <numerusform>Mae angen cywiro %n o wallau cyn cadw. Mae pob un i&apos;w weld wrth ymyl ei faes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the date as day/month/year, for example 27/3/2026. Leave it empty if it is not known.</source>
        <translation>Ysgrifennwch y dyddiad fel diwrnod/mis/blwyddyn, er enghraifft 27/3/2026. Gadewch yn wag os nad yw&apos;n hysbys.</translation>
    </message>
    <message>
        <source>Write the date and time as day/month/year hours:minutes, for example 27/3/2026 14:30.</source>
        <translation>Ysgrifennwch y dyddiad a’r amser fel diwrnod/mis/blwyddyn oriau:munudau, er enghraifft 27/3/2026 14:30.</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/BBBB</translation>
    </message>
    <message>
        <source>DD/MM/YYYY HH:MM</source>
        <translation>DD/MM/BBBB AA:MM</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <comment>the clear button in a date field; %1 is the field&apos;s label</comment>
        <translation>Clirio %1</translation>
    </message>
</context>
<context>
    <name>RecordFormPage</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Adfer</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Cadw %1</translation>
    </message>
    <message>
        <source>Save the changes (%1)</source>
        <translation>Cadw&apos;r newidiadau (%1)</translation>
    </message>
    <message>
        <source>Revert %1 to what was saved</source>
        <translation>Adfer %1 i&apos;r fersiwn a gadwyd</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>There are no changes to save.</source>
        <translation>Does dim newidiadau i&apos;w cadw.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Heb ei gadw.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>Changes undone.</source>
        <translation>Dadwnaed y newidiadau.</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Nothing recorded yet. Choose Add to record the first entry.</source>
        <translation>Dim wedi&apos;i gofnodi eto. Dewiswch Ychwanegu i ychwanegu&apos;r cofnod cyntaf.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ychwanegu…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Golygu…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Tynnu…</translation>
    </message>
    <message>
        <source>Press Insert to add an entry, Enter to change the selected one and Delete to remove it.</source>
        <translation>Pwyswch Insert i ychwanegu cofnod, Enter i newid yr un a ddewiswyd a Delete i&apos;w dynnu.</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Ychwanegu at yr adran %1</translation>
    </message>
    <message>
        <source>Change the selected entry in %1</source>
        <translation>Newid y cofnod a ddewiswyd yn yr adran %1</translation>
    </message>
    <message>
        <source>Remove the selected entry from %1</source>
        <translation>Tynnu&apos;r cofnod a ddewiswyd o&apos;r adran %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Remove the selected entry from %1? This cannot be undone.</source>
        <translation>Tynnu&apos;r cofnod a ddewiswyd o&apos;r adran %1? Does dim modd dadwneud hyn.</translation>
    </message>
    <message>
        <source>Remove “%1” from %2? This cannot be undone.</source>
        <translation>Tynnu “%1” o&apos;r adran %2? Does dim modd dadwneud hyn.</translation>
    </message>
    <message>
        <source>Remove this entry?</source>
        <translation>Tynnu&apos;r cofnod hwn?</translation>
    </message>
    <message>
        <source>Could not remove the entry</source>
        <translation>Nid oedd modd tynnu&apos;r cofnod</translation>
    </message>
</context>
<context>
    <name>RecordOfferDialog</name>
    <message>
        <source>Record an offer</source>
        <translation>Cofnodi cynnig</translation>
    </message>
    <message>
        <source>Record an offer of work, education or training made to %1. Choose one found in their plan, referrals or shortlist, or record one from somewhere else.</source>
        <translation>Cofnodi cynnig o waith, addysg neu hyfforddiant a wnaed i %1. Dewiswch un a ganfuwyd yn eu cynllun, eu hatgyfeiriadau neu eu rhestr fer, neu cofnodwch un o rywle arall.</translation>
    </message>
    <message>
        <source>Offers found in their records</source>
        <translation>Cynigion a ganfuwyd yn eu cofnodion</translation>
    </message>
    <message>
        <source>Somewhere else (fill in below)</source>
        <translation>Rhywle arall (llenwch isod)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>dim dyddiad</translation>
    </message>
    <message>
        <source>Suggestion from %1: %2 (%3)</source>
        <translation>Awgrym o %1: %2 (%3)</translation>
    </message>
    <message>
        <source>&amp;Found in their records:</source>
        <translation>&amp;Wedi&apos;u canfod yn eu cofnodion:</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Heb ei wybod eto</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Wedi’i dderbyn</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Wedi gwrthod</translation>
    </message>
    <message>
        <source>&amp;What was offered:</source>
        <translation>Beth a &amp;gynigiwyd:</translation>
    </message>
    <message>
        <source>Offered &amp;on:</source>
        <translation>Cynigiwyd a&amp;r:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Disgrifiad:</translation>
    </message>
    <message>
        <source>Out&amp;come:</source>
        <translation>&amp;Canlyniad:</translation>
    </message>
    <message>
        <source>&amp;Record offer</source>
        <translation>C&amp;ofnodi&apos;r cynnig</translation>
    </message>
    <message>
        <source>From somewhere else.</source>
        <translation>O rywle arall.</translation>
    </message>
    <message>
        <source>From %1.</source>
        <translation>O %1.</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>That record no longer exists. It may have been removed.</source>
        <translation>Nid yw&apos;r cofnod hwnnw&apos;n bodoli mwyach. Efallai ei fod wedi cael ei dynnu.</translation>
    </message>
    <message numerus="yes">
        <source>%n fields need attention. The first: %1</source>
        <translation>
            <numerusform>Mae angen sylw ar %n maes. Y cyntaf: %1</numerusform>
            <numerusform>Mae angen sylw ar %n maes: %1</numerusform>
            <numerusform>Mae angen sylw ar %n o feysydd. Y cyntaf: %1</numerusform>
            <numerusform>Mae angen sylw ar %n maes. Y cyntaf: %1</numerusform>
            <numerusform>Mae angen sylw ar %n o feysydd. Y cyntaf: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Waymark does not know that kind of record.</source>
        <translation>Nid yw Waymark yn adnabod y math hwnnw o gofnod.</translation>
    </message>
    <message>
        <source>This person already has that record; change it instead.</source>
        <translation>Mae gan y person hwn y cofnod hwnnw eisoes; newidiwch ef yn lle hynny.</translation>
    </message>
    <message>
        <source>Notes cannot be changed. Add a correction instead.</source>
        <translation>Does dim modd newid nodiadau. Ychwanegwch gywiriad yn lle hynny.</translation>
    </message>
    <message>
        <source>Notes cannot be removed. Add a correction instead.</source>
        <translation>Does dim modd tynnu nodiadau. Ychwanegwch gywiriad yn lle hynny.</translation>
    </message>
    <message>
        <source>A person is closed or erased, not removed.</source>
        <translation>Caiff cofnod person ei gau neu ei ddileu, nid ei dynnu.</translation>
    </message>
    <message>
        <source>Only notes are corrected this way.</source>
        <translation>Dim ond nodiadau sy&apos;n cael eu cywiro fel hyn.</translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <source>Add an action to the &amp;plan, closed by the outcome</source>
        <translation>Ychwanegu cam at y &amp;cynllun, a gaeir gan y canlyniad</translation>
    </message>
    <message>
        <source>Refer to a partner</source>
        <translation>Atgyfeirio at bartner</translation>
    </message>
    <message>
        <source>Refer %1 to a local partner. You make the referral; Waymark records it.</source>
        <translation>Atgyfeirio %1 at bartner lleol. Chi sy&apos;n gwneud yr atgyfeiriad; mae Waymark yn ei gofnodi.</translation>
    </message>
    <message>
        <source>The person &amp;agreed to this referral</source>
        <translation>Cytunodd y person i&apos;r atgyfeiriad &amp;hwn</translation>
    </message>
    <message>
        <source>Pa&amp;rtner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Gwasanaeth:</translation>
    </message>
    <message>
        <source>Referred &amp;on:</source>
        <translation>Atgyfeiriwyd ar y &amp;dyddiad:</translation>
    </message>
    <message>
        <source>&amp;Notes for the partner:</source>
        <translation>&amp;Nodiadau i&apos;r partner:</translation>
    </message>
    <message>
        <source>Re&amp;fer</source>
        <translation>A&amp;tgyfeirio</translation>
    </message>
    <message>
        <source>There are no partners in the directory yet. Import your administrator&apos;s list, or add your own under Edit ▸ Local partners.</source>
        <translation>Does dim partneriaid yn y cyfeiriadur eto. Mewnforiwch restr eich gweinyddwr, neu ychwanegwch eich rhai eich hun o dan Golygu ▸ Partneriaid lleol.</translation>
    </message>
</context>
<context>
    <name>ReferralOutcomeDialog</name>
    <message>
        <source>Follow a referral</source>
        <translation>Dilyn atgyfeiriad</translation>
    </message>
    <message>
        <source>Referred to %1 for %2 on %3. The partner, service and consent stay as they were made; if one is wrong, remove this referral and make a new one.</source>
        <translation>Atgyfeiriwyd at %1 ar gyfer %2 ar %3. Mae’r partner, y gwasanaeth a’r caniatâd yn aros fel y cawsant eu gwneud; os yw un yn anghywir, dilëwch yr atgyfeiriad hwn a gwnewch un newydd.</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Canlyniad:</translation>
    </message>
    <message>
        <source>On &amp;date:</source>
        <translation>Ar y &amp;dyddiad:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Nodiadau:</translation>
    </message>
    <message>
        <source>&amp;Record outcome</source>
        <translation>C&amp;ofnodi’r canlyniad</translation>
    </message>
</context>
<context>
    <name>ReferralTables</name>
    <message>
        <source>Referrals by partner and outcome</source>
        <translation>Atgyfeiriadau yn ôl partner a chanlyniad</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <source>There is no person with that id in this vault.</source>
        <translation>Does neb gyda&apos;r dynodwr hwnnw yn y storfa hon.</translation>
    </message>
    <message>
        <source>%1 does not list “%2” among its services. Choose one of the services it offers.</source>
        <translation>Nid yw %1 yn rhestru “%2” ymhlith ei wasanaethau. Dewiswch un o&apos;r gwasanaethau y mae&apos;n eu cynnig.</translation>
    </message>
    <message>
        <source>Give the date of the referral: today or a day before.</source>
        <translation>Rhowch ddyddiad yr atgyfeiriad: heddiw neu ddiwrnod cynt.</translation>
    </message>
    <message>
        <source>%1 asks for the person&apos;s consent before a referral. Ask the person, and confirm that they agreed, to make it.</source>
        <translation>Mae %1 yn gofyn am ganiatâd y person cyn atgyfeirio. Gofynnwch i&apos;r person, a chadarnhewch eu bod wedi cytuno, i&apos;w wneud.</translation>
    </message>
    <message>
        <source>To %1: %2</source>
        <translation>At %1: %2</translation>
    </message>
    <message>
        <source>Go to %1 at %2</source>
        <translation>Mynd i %1 yn %2</translation>
    </message>
    <message>
        <source>There is no referral with that id in this vault.</source>
        <translation>Does dim atgyfeiriad gyda&apos;r dynodwr hwnnw yn y storfa hon.</translation>
    </message>
    <message>
        <source>“%1” is not an outcome Waymark records. Use one of: %2.</source>
        <translation>Nid yw “%1” yn ganlyniad y mae Waymark yn ei gofnodi. Defnyddiwch un o: %2.</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>Give a period whose start is on or before its end.</source>
        <translation>Rhowch gyfnod sy’n dechrau ar ddiwrnod ei ddiwedd neu cyn hynny.</translation>
    </message>
    <message>
        <source>This device&apos;s vault</source>
        <translation>Claddgell y ddyfais hon</translation>
    </message>
</context>
<context>
    <name>ReportBundle</name>
    <message>
        <source>This report can&apos;t be used: %1. Nothing was merged; ask the sender to export it again.</source>
        <translation>Ni ellir defnyddio’r adroddiad hwn: %1. Ni chyfunwyd dim; gofynnwch i’r anfonwr ei allforio eto.</translation>
    </message>
    <message>
        <source>its period is not a pair of dates in order</source>
        <translation>nid yw ei gyfnod yn bâr o ddyddiadau yn eu trefn</translation>
    </message>
    <message>
        <source>the table %1 appears twice</source>
        <translation>mae’r tabl %1 yn ymddangos ddwywaith</translation>
    </message>
    <message>
        <source>a row appears twice in the table %1</source>
        <translation>mae rhes yn ymddangos ddwywaith yn y tabl %1</translation>
    </message>
    <message>
        <source>a column appears twice in the table %1</source>
        <translation>mae colofn yn ymddangos ddwywaith yn y tabl %1</translation>
    </message>
    <message>
        <source>it holds more than %1 counts</source>
        <translation>mae’n cynnwys mwy na %1 o gyfrifon</translation>
    </message>
    <message>
        <source>the table %1 holds a count that cannot be right</source>
        <translation>mae’r tabl %1 yn cynnwys cyfrif na all fod yn gywir</translation>
    </message>
    <message>
        <source>That is not a public key a report can be sealed to.</source>
        <translation>Nid yw honno’n allwedd gyhoeddus y gellir selio adroddiad iddi.</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>--from and --to must be real dates written as YYYY-MM-DD, the first on or before the second.</source>
        <translation>Rhaid i --from a --to fod yn ddyddiadau go iawn ar y ffurf YYYY-MM-DD, a’r cyntaf ar yr un diwrnod â’r ail neu cyn hynny.</translation>
    </message>
    <message>
        <source>%1 could not be read as a public key.</source>
        <translation>Nid oedd modd darllen %1 fel allwedd gyhoeddus.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>Nid oedd modd ysgrifennu %1.</translation>
    </message>
    <message>
        <source>Report for %1 to %2 sealed to key %3 and written to %4.</source>
        <translation>Mae’r adroddiad ar gyfer %1 hyd at %2 wedi’i selio i’r allwedd %3 a’i ysgrifennu i %4.</translation>
    </message>
    <message>
        <source>Report bundles from the devices, sealed to this vault.</source>
        <translation>Bwndeli adroddiad o’r dyfeisiau, wedi’u selio i’r gladdgell hon.</translation>
    </message>
    <message>
        <source>Name the report bundles to merge: report merge F1.bundle F2.bundle …</source>
        <translation>Rhowch enwau’r bwndeli adroddiad i’w cyfuno: report merge F1.bundle F2.bundle …</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was merged.</source>
        <translation>%1: %2 Ni chyfunwyd dim.</translation>
    </message>
    <message>
        <source>From %1 (%2): %3 to %4</source>
        <translation>Gan %1 (%2): %3 hyd at %4</translation>
    </message>
</context>
<context>
    <name>ReportMerge</name>
    <message>
        <source>Couldn&apos;t open %1: %2</source>
        <translation>Methu agor %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a report.</source>
        <translation>Mae %1 yn rhy fawr i fod yn adroddiad.</translation>
    </message>
    <message>
        <source>This is a %1, not an aggregate report.</source>
        <translation>%1 yw hwn, nid adroddiad cyfanredol.</translation>
    </message>
    <message>
        <source>This report is not sealed to this vault&apos;s key, and Waymark merges reports only sealed. Ask the sender to export it again for this vault.</source>
        <translation>Nid yw’r adroddiad hwn wedi’i selio i allwedd y gladdgell hon, a dim ond adroddiadau wedi’u selio y mae Waymark yn eu cyfuno. Gofynnwch i’r anfonwr ei allforio eto ar gyfer y gladdgell hon.</translation>
    </message>
    <message>
        <source>This report is already in the merge. It was not added again.</source>
        <translation>Mae’r adroddiad hwn yn y cyfuniad yn barod. Ni chafodd ei ychwanegu eto.</translation>
    </message>
    <message>
        <source>The merge already has a report from %1 for a period that overlaps this one (%2 to %3). It was not added, so no one is counted twice.</source>
        <translation>Mae gan y cyfuniad adroddiad gan %1 yn barod ar gyfer cyfnod sy’n gorgyffwrdd â hwn (%2 hyd at %3). Ni chafodd ei ychwanegu, fel na chaiff neb ei gyfrif ddwywaith.</translation>
    </message>
    <message numerus="yes">
        <source>Merged from %n devices</source>
        <translation>
            <numerusform>Wedi’i gyfuno o %n dyfais</numerusform>
            <numerusform>Wedi’i gyfuno o %n ddyfais</numerusform>
            <numerusform>Wedi’i gyfuno o %n ddyfais</numerusform>
            <numerusform>Wedi’i gyfuno o %n dyfais</numerusform>
            <numerusform>Wedi’i gyfuno o %n dyfais</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one report to merge.</source>
        <translation>Dewiswch o leiaf un adroddiad i’w gyfuno.</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <source>The table beside the chart holds the same numbers.</source>
        <translation>Mae’r tabl wrth ymyl y siart yn cynnwys yr un niferoedd.</translation>
    </message>
    <message>
        <source>Scroll the chart sideways</source>
        <translation>Sgrolio’r siart i’r ochr</translation>
    </message>
    <message>
        <source>Scroll the chart up and down</source>
        <translation>Sgrolio’r siart i fyny ac i lawr</translation>
    </message>
    <message>
        <source>Counts in the chosen table</source>
        <translation>Cyfrifon yn y tabl a ddewiswyd</translation>
    </message>
    <message>
        <source>Aggregate reports</source>
        <translation>Adroddiadau cyfanredol</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Diwrnod cyntaf y cyfnod</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Diwrnod olaf y cyfnod</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;O:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hyd at:</translation>
    </message>
    <message>
        <source>Ta&amp;ble:</source>
        <translation>&amp;Tabl:</translation>
    </message>
    <message>
        <source>Views of the report</source>
        <translation>Golygon o’r adroddiad</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Niferoedd</translation>
    </message>
    <message>
        <source>&amp;Numbers</source>
        <translation>&amp;Niferoedd</translation>
    </message>
    <message>
        <source>&amp;Sessions over time</source>
        <translation>&amp;Sesiynau dros amser</translation>
    </message>
    <message>
        <source>Chart of outreach sessions by month</source>
        <translation>Siart o sesiynau allgymorth yn ôl mis</translation>
    </message>
    <message>
        <source>&amp;Referral outcomes</source>
        <translation>Canlyniadau atgyf&amp;eirio</translation>
    </message>
    <message>
        <source>Chart of referrals by outcome</source>
        <translation>Siart o atgyfeiriadau yn ôl canlyniad</translation>
    </message>
    <message>
        <source>&amp;Youth guarantee</source>
        <translation>&amp;Gwarant i bobl ifanc</translation>
    </message>
    <message>
        <source>Chart of where young people in the youth guarantee stand</source>
        <translation>Siart o ble mae pobl ifanc yn y warant i bobl ifanc arni</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Map</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Argraffu…</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>Cadw fel &amp;CSV…</translation>
    </message>
    <message>
        <source>Mer&amp;ge reports…</source>
        <translation>C&amp;yfuno adroddiadau…</translation>
    </message>
    <message>
        <source>Add up report bundles from many devices, sealed to this vault.</source>
        <translation>Adio bwndeli adroddiad o lawer o ddyfeisiau, wedi’u selio i’r gladdgell hon.</translation>
    </message>
    <message>
        <source>Numbers in the chart: %1</source>
        <translation>Y niferoedd yn y siart: %1</translation>
    </message>
    <message>
        <source>Map of venues and partners</source>
        <translation>Map o leoliadau a phartneriaid</translation>
    </message>
    <message>
        <source>Places on the map</source>
        <translation>Lleoedd ar y map</translation>
    </message>
    <message>
        <source>%1. %2.</source>
        <translation>%1. %2.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Cyfanswm</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cyfrif</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <source>Venues and partners by postcode area</source>
        <translation>Lleoliadau a phartneriaid yn ôl ardal cod post</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partneriaid</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>Lleoliadau</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Postcode area</source>
        <translation>Ardal cod post</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lleoliad</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Hydred</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Lledred</translation>
    </message>
    <message>
        <source>Every partner and venue is placed.</source>
        <translation>Mae pob partner a lleoliad ar y map.</translation>
    </message>
    <message numerus="yes">
        <source>%n partners or venues have no postcode area this vault can place: add a postcode, or import a geodata bundle.</source>
        <translation>
            <numerusform>Nid oes gan %n partner neu leoliad ardal cod post y gall y gladdgell hon ei lleoli: ychwanegwch god post, neu mewnforiwch fwndel data daearyddol.</numerusform>
            <numerusform>Nid oes gan %n partner neu leoliad ardal cod post y gall y gladdgell hon ei lleoli: ychwanegwch god post, neu mewnforiwch fwndel data daearyddol.</numerusform>
            <numerusform>Nid oes gan %n bartner neu leoliad ardal cod post y gall y gladdgell hon ei lleoli: ychwanegwch god post, neu mewnforiwch fwndel data daearyddol.</numerusform>
            <numerusform>Nid oes gan %n partner neu leoliad ardal cod post y gall y gladdgell hon ei lleoli: ychwanegwch god post, neu mewnforiwch fwndel data daearyddol.</numerusform>
            <numerusform>Nid oes gan %n o bartneriaid neu leoliadau ardal cod post y gall y gladdgell hon ei lleoli: ychwanegwch god post, neu mewnforiwch fwndel data daearyddol.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 Nothing was merged.</source>
        <translation>%1: %2 Ni chyfunwyd dim.</translation>
    </message>
    <message>
        <source>%1. %2: %3.</source>
        <translation>%1. %2: %3.</translation>
    </message>
    <message>
        <source>Choose report bundles to merge</source>
        <translation>Dewiswch fwndeli adroddiad i’w cyfuno</translation>
    </message>
    <message>
        <source>Waymark bundles (*.bundle *.wmbundle);;All files (*)</source>
        <translation>Bwndeli Waymark (*.bundle *.wmbundle);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Merge reports</source>
        <translation>Cyfuno adroddiadau</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>Cadw’r adroddiad fel CSV</translation>
    </message>
    <message>
        <source>aggregate-report.csv</source>
        <translation>adroddiad-cyfanredol.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ffeiliau CSV (*.csv)</translation>
    </message>
    <message>
        <source>The report was saved as %1.</source>
        <translation>Cafodd yr adroddiad ei gadw fel %1.</translation>
    </message>
    <message>
        <source>Aggregate report</source>
        <translation>Adroddiad cyfanredol</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Adfer o gopi wrth gefn</translation>
    </message>
    <message>
        <source>The backup becomes a new vault in a folder of its own; no existing vault is changed. Type the passphrase the vault had when the backup was made.</source>
        <translation>Daw&apos;r copi wrth gefn yn gladdgell newydd mewn ffolder ei hun; ni chaiff unrhyw gladdgell sy&apos;n bodoli ei newid. Teipiwch y cyfrinymadrodd oedd gan y gladdgell pan wnaed y copi wrth gefn.</translation>
    </message>
    <message>
        <source>&amp;Backup file:</source>
        <translation>Ffeil y copi &amp;wrth gefn:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dewis…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Dewis ffeil y copi wrth gefn</translation>
    </message>
    <message>
        <source>&amp;New vault:</source>
        <translation>Claddgell &amp;newydd:</translation>
    </message>
    <message>
        <source>Choose where the restored vault goes</source>
        <translation>Dewis ble mae&apos;r gladdgell a adferwyd yn mynd</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Adfer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Dewis copi wrth gefn</translation>
    </message>
    <message>
        <source>Waymark backups (*.wmbackup);;All files (*)</source>
        <translation>Copïau wrth gefn Waymark (*.wmbackup);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Where should the restored vault go?</source>
        <translation>Ble dylai&apos;r gladdgell a adferwyd fynd?</translation>
    </message>
    <message>
        <source>Choose the backup file to restore.</source>
        <translation>Dewiswch y ffeil copi wrth gefn i&apos;w hadfer.</translation>
    </message>
    <message>
        <source>Choose a new folder for the restored vault.</source>
        <translation>Dewiswch ffolder newydd ar gyfer y gladdgell a adferwyd.</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>This vault was made by a newer version of Waymark. Update Waymark, then try again.</source>
        <translation>Cafodd y storfa hon ei chreu gan fersiwn mwy diweddar o Waymark. Diweddarwch Waymark, yna rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source> min</source>
        <translation> mun</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>Cloi ar ôl y nifer hwn o funudau segur</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Yr un fath â&apos;r system</translation>
    </message>
    <message>
        <source>&amp;Lock when idle for:</source>
        <translation>&amp;Cloi pan fydd yn segur am:</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Waymark starts.</source>
        <translation>Bydd iaith newydd yn dod i rym y tro nesaf y bydd Waymark yn dechrau.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Ca&amp;dw</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Remind me to &amp;back up after:</source>
        <translation>Fy atgoffa i wneud copi &amp;wrth gefn ar ôl:</translation>
    </message>
    <message>
        <source>Days without a backup before a reminder; 0 for never</source>
        <translation>Diwrnodau heb gopi wrth gefn cyn nodyn atgoffa; 0 am byth</translation>
    </message>
    <message>
        <source>Kept in this vault. After this many days without a backup, Waymark offers to make one when the vault is unlocked.</source>
        <translation>Wedi&apos;i gadw yn y gladdgell hon. Ar ôl hyn o ddiwrnodau heb gopi wrth gefn, mae Waymark yn cynnig gwneud un pan gaiff y gladdgell ei datgloi.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Byth</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <comment>after the number in the backup reminder box</comment>
        <translation>
            <numerusform> diwrnod</numerusform>
            <numerusform> diwrnod</numerusform>
            <numerusform> diwrnod</numerusform>
            <numerusform> diwrnod</numerusform>
            <numerusform> diwrnod</numerusform>
        </translation>
    </message>
    <message>
        <source>Start page: not &amp;contacted after:</source>
        <translation>Tudalen gychwyn: dim &amp;cyswllt ar ôl:</translation>
    </message>
    <message>
        <source>Weeks without a note or attended appointment before the start page lists someone</source>
        <translation>Wythnosau heb nodyn nac apwyntiad a fynychwyd cyn i&apos;r dudalen gychwyn restru rhywun</translation>
    </message>
    <message numerus="yes">
        <source> week(s)</source>
        <comment>after the number in the start page&apos;s contact box</comment>
        <translation>
            <numerusform> wythnos</numerusform>
            <numerusform> wythnos</numerusform>
            <numerusform> wythnos</numerusform>
            <numerusform> wythnos</numerusform>
            <numerusform> wythnos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>Choose a passphrase to protect the secret key.</source>
        <translation>Dewiswch gyfrinymadrodd i ddiogelu&apos;r allwedd gyfrinachol.</translation>
    </message>
    <message>
        <source>The secret key file could not be written.</source>
        <translation>Nid oedd modd ysgrifennu ffeil yr allwedd gyfrinachol.</translation>
    </message>
    <message>
        <source>The secret key file could not be read.</source>
        <translation>Nid oedd modd darllen ffeil yr allwedd gyfrinachol.</translation>
    </message>
    <message>
        <source>This is not a Waymark secret key file.</source>
        <translation>Nid ffeil allwedd gyfrinachol Waymark yw hon.</translation>
    </message>
</context>
<context>
    <name>SkillNormaliser</name>
    <message>
        <source>exact</source>
        <translation>union</translation>
    </message>
    <message>
        <source>alternative label</source>
        <translation>label amgen</translation>
    </message>
    <message>
        <source>spelling variant</source>
        <translation>amrywiad sillafu</translation>
    </message>
    <message>
        <source>close match</source>
        <translation>tebyg iawn</translation>
    </message>
    <message>
        <source>free text</source>
        <translation>testun rhydd</translation>
    </message>
    <message>
        <source>shares words</source>
        <translation>yn rhannu geiriau</translation>
    </message>
</context>
<context>
    <name>SkillSuggestionsPanel</name>
    <message>
        <source>Suggested from work history</source>
        <translation>Awgrymiadau o&apos;r hanes gwaith</translation>
    </message>
    <message>
        <source>Skills suggested from their work history</source>
        <translation>Sgiliau a awgrymir o&apos;u hanes gwaith</translation>
    </message>
    <message>
        <source>Suggestions only: a skill is added to their record when you choose its Add button.</source>
        <translation>Awgrymiadau yn unig: ychwanegir sgil at eu cofnod dim ond pan fyddwch yn dewis y botwm Ychwanegu sydd wrth ymyl y sgil.</translation>
    </message>
    <message>
        <source>Nothing to suggest: their work history adds no skills they have not got already.</source>
        <translation>Dim i&apos;w awgrymu: nid yw eu hanes gwaith yn ychwanegu unrhyw sgiliau nad oes ganddynt eisoes.</translation>
    </message>
    <message>
        <source>These skills are usual in jobs they have done. Add the ones they confirm; the rest are not saved.</source>
        <translation>Mae&apos;r sgiliau hyn yn gyffredin mewn swyddi y maent wedi&apos;u gwneud. Ychwanegwch y rhai y maent yn eu cadarnhau; ni chaiff y gweddill eu cadw.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <source>Add %1 to their skills</source>
        <translation>Ychwanegu %1 at eu sgiliau</translation>
    </message>
    <message>
        <source>Added “%1” to their skills.</source>
        <translation>Ychwanegwyd “%1” at eu sgiliau.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Import a caseload &amp;bundle…</source>
        <translation>Mewnforio &amp;bwndel llwyth achosion…</translation>
    </message>
    <message>
        <source>Nobody is on this caseload yet. Add someone, or import a caseload bundle another device sent you.</source>
        <translation>Does neb ar y llwyth achosion hwn eto. Ychwanegwch rywun, neu mewnforiwch fwndel llwyth achosion a anfonodd dyfais arall atoch.</translation>
    </message>
    <message>
        <source>Your day: %1</source>
        <translation>Eich diwrnod: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… a %n arall.</numerusform>
            <numerusform>… a %n arall.</numerusform>
            <numerusform>… a %n arall.</numerusform>
            <numerusform>… a %n arall.</numerusform>
            <numerusform>… a %n arall.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s)</source>
        <translation>
            <numerusform>%1: %n eitem</numerusform>
            <numerusform>%1: %n eitem</numerusform>
            <numerusform>%1: %n eitem</numerusform>
            <numerusform>%1: %n eitem</numerusform>
            <numerusform>%1: %n eitem</numerusform>
        </translation>
    </message>
    <message>
        <source>No appointments today.</source>
        <translation>Dim apwyntiadau heddiw.</translation>
    </message>
    <message>
        <source>No appointments in the next six days.</source>
        <translation>Dim apwyntiadau yn y chwe diwrnod nesaf.</translation>
    </message>
    <message>
        <source>No action is overdue.</source>
        <translation>Does dim cam gweithredu&apos;n hwyr.</translation>
    </message>
    <message>
        <source>Everyone has had a note or an attended appointment recently.</source>
        <translation>Mae pawb wedi cael nodyn neu apwyntiad a fynychwyd yn ddiweddar.</translation>
    </message>
    <message>
        <source>No form is waiting to be finished.</source>
        <translation>Does dim ffurflen yn aros i gael ei gorffen.</translation>
    </message>
    <message>
        <source>Nothing is waiting for a decision.</source>
        <translation>Does dim yn aros am benderfyniad.</translation>
    </message>
    <message>
        <source>None of the vacancies the last import added fits anyone well.</source>
        <translation>Nid yw&apos;r un o&apos;r swyddi gwag a ychwanegodd y mewnforio diwethaf yn addas iawn i neb.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 – %2: %3</source>
        <translation>%1 – %2: %3</translation>
    </message>
    <message>
        <source>Add a &amp;claimant…</source>
        <translation>Ychwanegu &amp;hawlydd…</translation>
    </message>
    <message>
        <source>Add a &amp;patient…</source>
        <translation>Ychwanegu &amp;claf…</translation>
    </message>
    <message>
        <source>Add a &amp;person…</source>
        <translation>Ychwanegu &amp;person…</translation>
    </message>
</context>
<context>
    <name>SuggestionApplier</name>
    <message>
        <source>Adds a skill to Work and skills</source>
        <translation>Yn ychwanegu sgil at Gwaith a sgiliau</translation>
    </message>
    <message>
        <source>Adds the licence to the skills in Work and skills</source>
        <translation>Yn ychwanegu&apos;r drwydded at y sgiliau yn Gwaith a sgiliau</translation>
    </message>
    <message>
        <source>Adds a job goal to Plan</source>
        <translation>Yn ychwanegu nod swydd at Cynllun</translation>
    </message>
    <message>
        <source>Sets the hours available a week in Circumstances</source>
        <translation>Yn gosod yr oriau sydd ar gael bob wythnos yn Amgylchiadau</translation>
    </message>
    <message>
        <source>Sets the days available in Circumstances, when it names days</source>
        <translation>Yn gosod y diwrnodau sydd ar gael yn Amgylchiadau, pan fydd yn enwi diwrnodau</translation>
    </message>
    <message>
        <source>Adds a qualification to Work and skills</source>
        <translation>Yn ychwanegu cymhwyster at Gwaith a sgiliau</translation>
    </message>
    <message>
        <source>Only for an open form</source>
        <translation>Ar gyfer ffurflen agored yn unig</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Sgil</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Trwydded</translation>
    </message>
    <message>
        <source>Job goal</source>
        <translation>Nod swydd</translation>
    </message>
    <message>
        <source>Hours available</source>
        <translation>Oriau ar gael</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Argaeledd</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Hyd</translation>
    </message>
    <message>
        <source>Barrier</source>
        <translation>Rhwystr</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Cymhwyster</translation>
    </message>
    <message numerus="yes">
        <source>%n hours a week</source>
        <translation>
            <numerusform>%n awr yr wythnos</numerusform>
            <numerusform>%n awr yr wythnos</numerusform>
            <numerusform>%n awr yr wythnos</numerusform>
            <numerusform>%n awr yr wythnos</numerusform>
            <numerusform>%n awr yr wythnos</numerusform>
        </translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Ers %1</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n o flynyddoedd</numerusform>
            <numerusform>%n flwyddyn</numerusform>
            <numerusform>%n blynedd</numerusform>
            <numerusform>%n blynedd</numerusform>
            <numerusform>%n o flynyddoedd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n o fisoedd</numerusform>
            <numerusform>%n mis</numerusform>
            <numerusform>%n mis</numerusform>
            <numerusform>%n mis</numerusform>
            <numerusform>%n o fisoedd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n o wythnosau</numerusform>
            <numerusform>%n wythnos</numerusform>
            <numerusform>%n wythnos</numerusform>
            <numerusform>%n wythnos</numerusform>
            <numerusform>%n o wythnosau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n o ddiwrnodau</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n o ddiwrnodau</numerusform>
        </translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Trafnidiaeth</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Gofal plant</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Tai</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Iechyd</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Hyder</translation>
    </message>
    <message>
        <source>Digital skills</source>
        <translation>Sgiliau digidol</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>Caring responsibilities</source>
        <translation>Cyfrifoldebau gofalu</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Arian</translation>
    </message>
    <message>
        <source>This suggestion has no place in the case. It can only be used in an open form.</source>
        <translation>Nid oes lle i&apos;r awgrym hwn yn yr achos. Dim ond mewn ffurflen agored y gellir ei ddefnyddio.</translation>
    </message>
    <message>
        <source>Choose a person before accepting a suggestion.</source>
        <translation>Dewiswch unigolyn cyn derbyn awgrym.</translation>
    </message>
    <message>
        <source>Write a value before accepting the suggestion.</source>
        <translation>Ysgrifennwch werth cyn derbyn yr awgrym.</translation>
    </message>
    <message>
        <source>Added “%1” to their skills.</source>
        <translation>Ychwanegwyd “%1” at eu sgiliau.</translation>
    </message>
    <message>
        <source>Added “%1” to their job goals.</source>
        <translation>Ychwanegwyd “%1” at eu nodau swydd.</translation>
    </message>
    <message>
        <source>Added “%1” to their qualifications.</source>
        <translation>Ychwanegwyd “%1” at eu cymwysterau.</translation>
    </message>
    <message>
        <source>The case keeps availability as days of the week, and “%1” names none. It can only be used in an open form.</source>
        <translation>Mae&apos;r achos yn cadw argaeledd fel diwrnodau&apos;r wythnos, ac nid yw “%1” yn enwi&apos;r un. Dim ond mewn ffurflen agored y gellir ei ddefnyddio.</translation>
    </message>
    <message>
        <source>That is already on the case, so nothing was changed.</source>
        <translation>Mae hynny eisoes ar yr achos, felly ni newidiwyd dim.</translation>
    </message>
    <message numerus="yes">
        <source>Set the hours available to %n a week in Circumstances.</source>
        <translation>
            <numerusform>Gosodwyd yr oriau sydd ar gael i %n yr wythnos yn Amgylchiadau.</numerusform>
            <numerusform>Gosodwyd yr oriau sydd ar gael i %n yr wythnos yn Amgylchiadau.</numerusform>
            <numerusform>Gosodwyd yr oriau sydd ar gael i %n yr wythnos yn Amgylchiadau.</numerusform>
            <numerusform>Gosodwyd yr oriau sydd ar gael i %n yr wythnos yn Amgylchiadau.</numerusform>
            <numerusform>Gosodwyd yr oriau sydd ar gael i %n yr wythnos yn Amgylchiadau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the days available in Circumstances.</source>
        <translation>Gosodwyd y diwrnodau sydd ar gael yn Amgylchiadau.</translation>
    </message>
    <message>
        <source>“%1” is already on the case, so nothing was added.</source>
        <translation>Mae “%1” eisoes ar yr achos, felly ni ychwanegwyd dim.</translation>
    </message>
    <message>
        <source>Choose a person before rejecting a suggestion.</source>
        <translation>Dewiswch unigolyn cyn gwrthod awgrym.</translation>
    </message>
    <message>
        <source>Choose a person before using a suggestion in a form.</source>
        <translation>Dewiswch unigolyn cyn defnyddio awgrym mewn ffurflen.</translation>
    </message>
</context>
<context>
    <name>SuggestionHistory</name>
    <message>
        <source>A suggestion needs a person, a tool and what it is about.</source>
        <translation>Mae awgrym angen person, offeryn a’r hyn y mae’n ymwneud ag ef.</translation>
    </message>
    <message>
        <source>That is not a decision Waymark knows.</source>
        <translation>Nid yw hwnnw’n benderfyniad y mae Waymark yn ei adnabod.</translation>
    </message>
    <message>
        <source>Say whether the person disagreed with the suggestion or the decision.</source>
        <translation>Dywedwch a oedd y person yn anghytuno â’r awgrym neu â’r penderfyniad.</translation>
    </message>
    <message>
        <source>Write what the person said, in a few words.</source>
        <translation>Ysgrifennwch yr hyn a ddywedodd y person, mewn ychydig eiriau.</translation>
    </message>
    <message numerus="yes">
        <source>Keep the reason to %n characters or fewer.</source>
        <translation>
            <numerusform>Cadwch y rheswm i %n nod neu lai.</numerusform>
            <numerusform>Cadwch y rheswm i %n nod neu lai.</numerusform>
            <numerusform>Cadwch y rheswm i %n o nodau neu lai.</numerusform>
            <numerusform>Cadwch y rheswm i %n o nodau neu lai.</numerusform>
            <numerusform>Cadwch y rheswm i %n o nodau neu lai.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no suggestion with that id about this person.</source>
        <translation>Nid oes awgrym gyda’r id hwnnw am y person hwn.</translation>
    </message>
    <message>
        <source>No decision has been taken on this suggestion yet, so there is no decision to disagree with. Record that they disagreed with the suggestion instead.</source>
        <translation>Nid oes penderfyniad wedi’i wneud ar yr awgrym hwn eto, felly nid oes penderfyniad i anghytuno ag ef. Cofnodwch eu bod yn anghytuno â’r awgrym yn lle hynny.</translation>
    </message>
    <message>
        <source>Job matches</source>
        <translation>Swyddi sy’n cyfateb</translation>
    </message>
    <message>
        <source>Suggestions from notes</source>
        <translation>Awgrymiadau o nodiadau</translation>
    </message>
    <message>
        <source>Form filled in from the record</source>
        <translation>Ffurflen wedi’i llenwi o’r cofnod</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Heb ei benderfynu</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Wedi’i dderbyn</translation>
    </message>
    <message>
        <source>Changed, then accepted</source>
        <translation>Wedi’i newid, ac yna wedi’i dderbyn</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Wedi’i wrthod</translation>
    </message>
    <message>
        <source>Shortlisted</source>
        <translation>Ar y rhestr fer</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Wedi’i drafod</translation>
    </message>
    <message>
        <source>Used in a form</source>
        <translation>Wedi’i ddefnyddio mewn ffurflen</translation>
    </message>
    <message>
        <source>the decision</source>
        <translation>y penderfyniad</translation>
    </message>
    <message>
        <source>the suggestion</source>
        <translation>yr awgrym</translation>
    </message>
</context>
<context>
    <name>SuggestionHistoryDialog</name>
    <message>
        <source>The sugges&amp;tion</source>
        <translation>&amp;Yr awgrym</translation>
    </message>
    <message>
        <source>The &amp;decision on it</source>
        <translation>Y &amp;penderfyniad arno</translation>
    </message>
    <message>
        <source>&amp;Record that they disagreed</source>
        <translation>&amp;Cofnodi eu bod yn anghytuno</translation>
    </message>
    <message>
        <source>Suggestions made about %1</source>
        <translation>Awgrymiadau a wnaed am %1</translation>
    </message>
    <message>
        <source>Every suggestion Waymark showed about them, as it was shown, and what was decided. Their copy of their record lists the same. If they disagree with one, record it here in their words.</source>
        <translation>Pob awgrym a ddangosodd Waymark amdanynt, fel y’i dangoswyd, a’r hyn a benderfynwyd. Mae eu copi o’u cofnod yn rhestru’r un peth. Os ydynt yn anghytuno ag un, cofnodwch hynny yma yn eu geiriau nhw.</translation>
    </message>
    <message>
        <source>Suggestions shown about them, oldest first</source>
        <translation>Awgrymiadau a ddangoswyd amdanynt, yr hynaf yn gyntaf</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Wedi’i ddangos</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Offeryn</translation>
    </message>
    <message>
        <source>What was shown</source>
        <translation>Beth a ddangoswyd</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Penderfyniad</translation>
    </message>
    <message>
        <source>&amp;Suggestions</source>
        <translation>Awgry&amp;miadau</translation>
    </message>
    <message>
        <source>The chosen suggestion, as their copy words it</source>
        <translation>Yr awgrym a ddewiswyd, fel y mae eu copi yn ei eirio</translation>
    </message>
    <message>
        <source>As their c&amp;opy words it</source>
        <translation>Fel y mae eu copi yn ei &amp;eirio</translation>
    </message>
    <message>
        <source>They disagreed with</source>
        <translation>Roeddent yn anghytuno â</translation>
    </message>
    <message>
        <source>What they said, in a few words</source>
        <translation>Yr hyn a ddywedon nhw, mewn ychydig eiriau</translation>
    </message>
    <message>
        <source>&amp;What they said</source>
        <translation>&amp;Beth ddywedon nhw</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 gyda %2</translation>
    </message>
    <message>
        <source>%1; they disagreed</source>
        <translation>%1; roeddent yn anghytuno</translation>
    </message>
    <message>
        <source>No suggestions have been shown about them yet.</source>
        <translation>Nid oes awgrymiadau wedi’u dangos amdanynt eto.</translation>
    </message>
    <message>
        <source>Choose a suggestion to see it as their copy words it.</source>
        <translation>Dewiswch awgrym i’w weld fel y mae eu copi yn ei eirio.</translation>
    </message>
    <message>
        <source>Recorded that they disagreed. It is in their copy of their record.</source>
        <translation>Cofnodwyd eu bod yn anghytuno. Mae yn eu copi o’u cofnod.</translation>
    </message>
</context>
<context>
    <name>SuggestionReport</name>
    <message>
        <source>Nearly all suggestions are accepted (%1% of those decided): check they are being weighed, not waved through.</source>
        <translation>Mae bron pob awgrym yn cael ei dderbyn (%1% o&apos;r rhai y penderfynwyd arnynt): gwiriwch eu bod yn cael eu pwyso a&apos;u mesur, nid eu derbyn heb feddwl.</translation>
    </message>
    <message>
        <source>Most suggestions are accepted within two seconds of being shown (%1%): check they are being read.</source>
        <translation>Mae&apos;r rhan fwyaf o awgrymiadau yn cael eu derbyn o fewn dwy eiliad i&apos;w dangos (%1%): gwiriwch eu bod yn cael eu darllen.</translation>
    </message>
    <message>
        <source>Suggestions from notes</source>
        <translation>Awgrymiadau o nodiadau</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Pob math</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Offeryn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Wedi eu dangos</translation>
    </message>
    <message>
        <source>Accepted unchanged</source>
        <translation>Wedi eu derbyn heb eu newid</translation>
    </message>
    <message>
        <source>Changed then accepted</source>
        <translation>Wedi eu newid ac yna eu derbyn</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Wedi eu gwrthod</translation>
    </message>
    <message>
        <source>Median time to decide (seconds)</source>
        <translation>Amser canolrifol i benderfynu (eiliadau)</translation>
    </message>
    <message>
        <source>Accepted within two seconds</source>
        <translation>Wedi eu derbyn o fewn dwy eiliad</translation>
    </message>
    <message>
        <source>too few to say</source>
        <translation>rhy ychydig i ddweud</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>the first entry</source>
        <translation>y cofnod cyntaf</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heddiw</translation>
    </message>
    <message>
        <source>Suggestions report, from %1 to %2.</source>
        <translation>Adroddiad awgrymiadau, o %1 hyd at %2.</translation>
    </message>
    <message>
        <source>Counts from 1 to 4 are shown as &lt;5, so that no small group can be picked out.</source>
        <translation>Mae cyfrifon o 1 i 4 yn cael eu dangos fel &lt;5, fel na ellir adnabod grŵp bach.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Rhybudd: %1</translation>
    </message>
    <message>
        <source>No suggestions were shown or decided in this period.</source>
        <translation>Ni ddangoswyd unrhyw awgrymiadau ac ni phenderfynwyd ar unrhyw rai yn y cyfnod hwn.</translation>
    </message>
</context>
<context>
    <name>SuggestionReportDialog</name>
    <message>
        <source>Suggestions report</source>
        <translation>Adroddiad awgrymiadau</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;O:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hyd at:</translation>
    </message>
    <message>
        <source>Suggestions shown and what was decided, for everyone using this vault together. Counts from 1 to 4 are shown as &lt;5.</source>
        <translation>Yr awgrymiadau a ddangoswyd a&apos;r hyn a benderfynwyd, i bawb sy&apos;n defnyddio&apos;r storfa hon gyda&apos;i gilydd. Mae cyfrifon o 1 i 4 yn cael eu dangos fel &lt;5.</translation>
    </message>
    <message>
        <source>Suggestions by tool and kind</source>
        <translation>Awgrymiadau yn ôl offeryn a math</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Allforio CSV…</translation>
    </message>
    <message>
        <source>No suggestions were shown or decided in this period.</source>
        <translation>Ni ddangoswyd unrhyw awgrymiadau ac ni phenderfynwyd ar unrhyw rai yn y cyfnod hwn.</translation>
    </message>
    <message>
        <source>Nothing here suggests suggestions are accepted without being read.</source>
        <translation>Nid oes dim yma&apos;n awgrymu bod awgrymiadau&apos;n cael eu derbyn heb eu darllen.</translation>
    </message>
    <message>
        <source>Export the suggestions report</source>
        <translation>Allforio&apos;r adroddiad awgrymiadau</translation>
    </message>
    <message>
        <source>suggestions-report.csv</source>
        <translation>adroddiad-awgrymiadau.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ffeiliau CSV (*.csv)</translation>
    </message>
    <message>
        <source>The report was saved as %1.</source>
        <translation>Cafodd yr adroddiad ei gadw fel %1.</translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <source>Name the device&apos;s public key file: sync add-device FILE.pub --label NAME --setting S</source>
        <translation>Rhowch enw ffeil allwedd gyhoeddus y ddyfais: sync add-device FILE.pub --label NAME --setting S</translation>
    </message>
    <message>
        <source>--setting must be work-coach, gp-practice or admin.</source>
        <translation>Rhaid i --setting fod yn work-coach, gp-practice neu admin.</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>Nid oedd modd darllen %1.</translation>
    </message>
    <message>
        <source>Device %1 added.</source>
        <translation>Ychwanegwyd dyfais %1.</translation>
    </message>
    <message>
        <source>%1: %2 (withheld without consent: %3)</source>
        <translation>%1: %2 (wedi&apos;u dal yn ôl heb ganiatâd: %3)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent to this device.</source>
        <translation>Nid oes dim yn aros i gael ei anfon i&apos;r ddyfais hon.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>Nid oedd modd ysgrifennu %1.</translation>
    </message>
    <message>
        <source>Caseload bundle written to %1, encrypted for device %2.</source>
        <translation>Ysgrifennwyd y bwndel llwyth achosion i %1, wedi&apos;i amgryptio ar gyfer dyfais %2.</translation>
    </message>
    <message>
        <source>%1. %2 %3: kept &quot;%4&quot;, other &quot;%5&quot; (from %6)</source>
        <translation>%1. %2 %3: cadwyd &quot;%4&quot;, y llall &quot;%5&quot; (o %6)</translation>
    </message>
    <message>
        <source>--conflict takes the number listed by sync conflicts.</source>
        <translation>Mae --conflict yn cymryd y rhif a restrir gan sync conflicts.</translation>
    </message>
    <message>
        <source>Conflict %1 resolved.</source>
        <translation>Datryswyd gwrthdaro %1.</translation>
    </message>
    <message>
        <source>The device&apos;s public key file (key export --minisign on that device).</source>
        <translation>Ffeil allwedd gyhoeddus y ddyfais (key export --minisign ar y ddyfais honno).</translation>
    </message>
    <message>
        <source>(yours)</source>
        <translation>(eich un chi)</translation>
    </message>
</context>
<context>
    <name>SyncDevicesDialog</name>
    <message>
        <source>Devices</source>
        <translation>Dyfeisiau</translation>
    </message>
    <message>
        <source>Devices this vault exchanges caseloads with</source>
        <translation>Dyfeisiau y mae&apos;r storfa hon yn cyfnewid llwythi achosion â nhw</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dyfais</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Lleoliad</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Ôl bys</translation>
    </message>
    <message>
        <source>No devices yet. Ask the other device&apos;s admin for its key file and its fingerprint, then choose &quot;Add a device from a key file&quot;.</source>
        <translation>Dim dyfeisiau eto. Gofynnwch i weinyddwr y ddyfais arall am ei ffeil allwedd a&apos;i hôl bys, yna dewiswch &quot;Ychwanegu dyfais o ffeil allwedd&quot;.</translation>
    </message>
    <message>
        <source>&amp;Add a device from a key file…</source>
        <translation>&amp;Ychwanegu dyfais o ffeil allwedd…</translation>
    </message>
    <message>
        <source>Add a device from a key file</source>
        <translation>Ychwanegu dyfais o ffeil allwedd</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Caseloads are sent only to the devices listed here, encrypted so that only that device can read them.</source>
        <translation>Dim ond i&apos;r dyfeisiau a restrir yma y caiff llwythi achosion eu hanfon, wedi&apos;u hamgryptio fel mai dim ond y ddyfais honno sy&apos;n gallu eu darllen.</translation>
    </message>
    <message>
        <source>Choose a device key</source>
        <translation>Dewiswch allwedd dyfais</translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>Allweddi cyhoeddus (*.pub);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>The key file could not be read. Check the file and try again.</source>
        <translation>Nid oedd modd darllen y ffeil allwedd. Gwiriwch y ffeil a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <translation>%1 (eich un chi)</translation>
    </message>
</context>
<context>
    <name>SyncExportDialog</name>
    <message>
        <source>&amp;Export…</source>
        <translation>A&amp;llforio…</translation>
    </message>
    <message>
        <source>Export for a device</source>
        <translation>Allforio ar gyfer dyfais</translation>
    </message>
    <message>
        <source>Device to send to</source>
        <translation>Y ddyfais i anfon ati</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>Beth fydd yn cael ei anfon</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Anfonir</translation>
    </message>
    <message>
        <source>Not sent: no consent recorded</source>
        <translation>Ni anfonir: dim caniatâd wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>Export for this device</source>
        <translation>Allforio ar gyfer y ddyfais hon</translation>
    </message>
    <message>
        <source>Everything changed since the device last confirmed it received a caseload is sent. Health details, and notes between a GP practice and a work coach, are sent only when the person has agreed.</source>
        <translation>Anfonir popeth sydd wedi newid ers i&apos;r ddyfais gadarnhau ddiwethaf ei bod wedi cael llwyth achosion. Dim ond pan fydd yr unigolyn wedi cytuno y caiff manylion iechyd, a nodiadau rhwng meddygfa ac anogwr gwaith, eu hanfon.</translation>
    </message>
    <message>
        <source>&amp;Send to:</source>
        <translation>&amp;Anfon at:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>There are no devices to send to yet. Add one under Sync, Devices.</source>
        <translation>Nid oes dyfeisiau i anfon atynt eto. Ychwanegwch un o dan Cysoni, Dyfeisiau.</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent to this device.</source>
        <translation>Nid oes dim yn aros i gael ei anfon i&apos;r ddyfais hon.</translation>
    </message>
    <message numerus="yes">
        <source>Changes for %n person(s) will be sent.</source>
        <translation>
            <numerusform>Caiff newidiadau ar gyfer %n o bobl eu hanfon.</numerusform>
            <numerusform>Caiff newidiadau ar gyfer %n person eu hanfon.</numerusform>
            <numerusform>Caiff newidiadau ar gyfer %n person eu hanfon.</numerusform>
            <numerusform>Caiff newidiadau ar gyfer %n person eu hanfon.</numerusform>
            <numerusform>Caiff newidiadau ar gyfer %n o bobl eu hanfon.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waymark bundles (*.wmbundle);;All files (*)</source>
        <translation>Bwndeli Waymark (*.wmbundle);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>The file will leave this vault&apos;s encrypted store. It is encrypted so that only &quot;%1&quot; can read it. Save it?</source>
        <translation>Bydd y ffeil yn gadael man storio amgryptiedig y storfa hon. Mae wedi&apos;i hamgryptio fel mai dim ond &quot;%1&quot; sy&apos;n gallu ei darllen. Ydych chi am ei chadw?</translation>
    </message>
    <message>
        <source>The file could not be saved. Check there is space and that you may write to that folder, then try again.</source>
        <translation>Nid oedd modd cadw&apos;r ffeil. Gwiriwch fod digon o le a bod gennych ganiatâd i ysgrifennu i&apos;r ffolder hwnnw, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Saved. Give the file to the other device; once they import it and send back their receipt, import the receipt here.</source>
        <translation>Wedi&apos;i chadw. Rhowch y ffeil i&apos;r ddyfais arall; ar ôl iddynt ei mewnforio ac anfon eu derbynneb yn ôl, mewnforiwch y dderbynneb yma.</translation>
    </message>
    <message>
        <source>Person (tick to send)</source>
        <translation>Person (ticiwch i anfon)</translation>
    </message>
    <message>
        <source>&amp;Hand over a case (show the person first)</source>
        <translation>&amp;Trosglwyddo achos (dangoswch y person yn gyntaf)</translation>
    </message>
    <message>
        <source>&amp;Hand over %1 to this device</source>
        <translation>&amp;Trosglwyddo %1 i&apos;r ddyfais hon</translation>
    </message>
    <message>
        <source>Sends everything about the person and makes the device&apos;s owner their owner. This vault keeps an audit record of the handover.</source>
        <translation>Mae&apos;n anfon popeth am y person ac yn gwneud perchennog y ddyfais yn berchennog arnynt. Mae&apos;r gladdgell hon yn cadw cofnod archwilio o&apos;r trosglwyddo.</translation>
    </message>
    <message>
        <source>Everything about %1 will be sent, and the case will move to this device.</source>
        <translation>Anfonir popeth am %1, a bydd yr achos yn symud i&apos;r ddyfais hon.</translation>
    </message>
    <message>
        <source>Tick at least one person to send.</source>
        <translation>Ticiwch o leiaf un person i&apos;w anfon.</translation>
    </message>
    <message>
        <source>The file will leave this vault&apos;s encrypted store. It is encrypted so that only &quot;%1&quot; can read it. %2 will be handed over: the case moves to that device&apos;s owner. Save it?</source>
        <translation>Bydd y ffeil yn gadael storfa wedi&apos;i hamgryptio&apos;r gladdgell hon. Mae wedi&apos;i hamgryptio fel mai dim ond &quot;%1&quot; all ei darllen. Caiff %2 ei drosglwyddo: mae&apos;r achos yn symud i berchennog y ddyfais honno. Ei chadw?</translation>
    </message>
</context>
<context>
    <name>Taxonomy</name>
    <message>
        <source>The skill &quot;%1&quot; names a broader skillConcept that is not in the taxonomy.</source>
        <translation>Mae&apos;r sgil &quot;%1&quot; yn enwi skillConcept ehangach nad yw yn y dacsonomeg.</translation>
    </message>
    <message>
        <source>The skill &quot;%1&quot; is its own broader skillConcept.</source>
        <translation>Mae&apos;r sgil &quot;%1&quot; wedi&apos;i nodi fel ei skillConcept ehangach ei hun.</translation>
    </message>
    <message>
        <source>The occupation &quot;%1&quot; needs a skill that is not in the taxonomy (%2).</source>
        <translation>Mae angen sgil ar yr alwedigaeth &quot;%1&quot; nad yw yn y dacsonomeg (%2).</translation>
    </message>
    <message>
        <source>The course &quot;%1&quot; teaches a skill that is not in the taxonomy (%2).</source>
        <translation>Mae&apos;r cwrs &quot;%1&quot; yn addysgu sgil nad yw yn y dacsonomeg (%2).</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, llinell %2: %3</translation>
    </message>
    <message>
        <source>a skill needs five fields: S|label|type|broader|alternatives</source>
        <translation>mae angen pum maes ar sgil: S|label|type|broader|alternatives</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a skillConcept type (skill, knowledge, licence, group)</source>
        <translation>nid yw &quot;%1&quot; yn fath o skillConcept (skill, knowledge, licence, group)</translation>
    </message>
    <message>
        <source>an occupation needs six fields: O|title|family|alternatives|essential|optional</source>
        <translation>mae angen chwe maes ar alwedigaeth: O|title|family|alternatives|essential|optional</translation>
    </message>
    <message>
        <source>a course needs five fields: C|title|provider|length|skills</source>
        <translation>mae angen pum maes ar gwrs: C|title|provider|length|skills</translation>
    </message>
    <message>
        <source>a line must start with S, O or C</source>
        <translation>rhaid i linell ddechrau ag S, O neu C</translation>
    </message>
    <message>
        <source>The broader skillConcept &quot;%1&quot; is not defined.</source>
        <translation>Nid oes diffiniad ar gyfer y skillConcept ehangach &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the skill &quot;%1&quot; is not defined</source>
        <translation>nid oes diffiniad ar gyfer y sgil &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The built-in taxonomy file %1 cannot be read.</source>
        <translation>Nid oes modd darllen ffeil y dacsonomeg adeiledig %1.</translation>
    </message>
    <message>
        <source>The built-in taxonomy is missing from this build.</source>
        <translation>Mae&apos;r dacsonomeg adeiledig ar goll o&apos;r fersiwn hwn o&apos;r rhaglen.</translation>
    </message>
    <message>
        <source>The skill &quot;%1&quot; is related to a skill that is not in the taxonomy (%2).</source>
        <translation>Mae&apos;r sgil &quot;%1&quot; yn gysylltiedig â sgil nad yw yn y tacsonomeg (%2).</translation>
    </message>
    <message>
        <source>%1, line %2: a Welsh label needs the English label and the Welsh one: English|Welsh|alternatives</source>
        <translation>%1, llinell %2: mae label Cymraeg angen y label Saesneg a&apos;r un Cymraeg: Saesneg|Cymraeg|dewisiadau eraill</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot; is not a skill or occupation in the taxonomy.</source>
        <translation>%1, llinell %2: nid yw &quot;%3&quot; yn sgil nac yn alwedigaeth yn y dacsonomeg.</translation>
    </message>
    <message>
        <source>The built-in taxonomy&apos;s Welsh labels are missing from this build.</source>
        <translation>Mae labeli Cymraeg y dacsonomeg adeiledig ar goll o&apos;r fersiwn hon.</translation>
    </message>
</context>
<context>
    <name>TaxonomyBundle</name>
    <message>
        <source>A concept has an unknown type.</source>
        <translation>Mae gan gysyniad fath anhysbys.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>Cafodd y mewnforio ei ganslo. Ni chafodd dim ei newid.</translation>
    </message>
    <message>
        <source>the concept id %1 appears twice</source>
        <translation>mae&apos;r id cysyniad %1 yn ymddangos ddwywaith</translation>
    </message>
    <message>
        <source>a concept needs an id and a label</source>
        <translation>mae angen id a label ar gysyniad</translation>
    </message>
    <message>
        <source>an occupation needs a unique id and a label</source>
        <translation>mae angen id unigryw a label ar alwedigaeth</translation>
    </message>
    <message numerus="yes">
        <source>%n skills it names are not in the bundle and were left out</source>
        <translation>
            <numerusform>Hepgorwyd %n sgil a enwir ganddi am nad ydynt yn y bwndel</numerusform>
            <numerusform>Hepgorwyd %n sgil a enwir ganddi am nad yw yn y bwndel</numerusform>
            <numerusform>Hepgorwyd %n o sgiliau a enwir ganddi am nad ydynt yn y bwndel</numerusform>
            <numerusform>Hepgorwyd %n sgil a enwir ganddi am nad ydynt yn y bwndel</numerusform>
            <numerusform>Hepgorwyd %n o sgiliau a enwir ganddi am nad ydynt yn y bwndel</numerusform>
        </translation>
    </message>
    <message>
        <source>The taxonomy bundle holds no usable concepts.</source>
        <translation>Nid yw&apos;r bwndel tacsonomeg yn cynnwys unrhyw gysyniadau y gellir eu defnyddio.</translation>
    </message>
</context>
<context>
    <name>TaxonomyCommands</name>
    <message>
        <source>Taxonomy: %1; %L2 concepts, %L3 occupations, %L4 courses.</source>
        <translation>Tacsonomeg: %1; %L2 o gysyniadau, %L3 o alwedigaethau, %L4 o gyrsiau.</translation>
    </message>
    <message>
        <source>Name the folder of the ESCO CSV files: taxonomy import-esco DIR --vault V</source>
        <translation>Rhowch enw&apos;r ffolder sy&apos;n cynnwys ffeiliau CSV ESCO: taxonomy import-esco DIR --vault V</translation>
    </message>
    <message>
        <source>ESCO imported in %1 s: %L2 skills, %L3 occupations, %L4 relations (%L5 left out: they named concepts not in the files).</source>
        <translation>Mewnforiwyd ESCO mewn %1 s: %L2 o sgiliau, %L3 o alwedigaethau, %L4 o berthnasoedd (hepgorwyd %L5: roeddent yn enwi cysyniadau nad ydynt yn y ffeiliau).</translation>
    </message>
    <message>
        <source>The vault uses the built-in UK taxonomy again.</source>
        <translation>Mae&apos;r storfa yn defnyddio tacsonomeg adeiledig y DU unwaith eto.</translation>
    </message>
    <message>
        <source>Give the text to map: taxonomy map &quot;forklift license&quot;</source>
        <translation>Rhowch y testun i&apos;w fapio: taxonomy map &quot;forklift license&quot;</translation>
    </message>
    <message>
        <source>skill: %1 (%2, %3)</source>
        <translation>sgil: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>occupation: %1 (%2, %3)</source>
        <translation>galwedigaeth: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>The folder of the ESCO CSV files.</source>
        <translation>Ffolder ffeiliau CSV ESCO.</translation>
    </message>
    <message>
        <source>A skill or job as someone might write it.</source>
        <translation>Sgìl neu swydd fel y gallai rhywun ei hysgrifennu.</translation>
    </message>
    <message>
        <source>  or perhaps: %1 (%2, %3)</source>
        <translation>  neu efallai: %1 (%2, %3)</translation>
    </message>
</context>
<context>
    <name>TaxonomyDialog</name>
    <message>
        <source>&amp;Import ESCO…</source>
        <translation>&amp;Mewnforio ESCO…</translation>
    </message>
    <message>
        <source>Use the &amp;built-in taxonomy</source>
        <translation>Defnyddio&apos;r dacsonomeg &amp;adeiledig</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Canslo&apos;r mewnforio</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Skills taxonomy</source>
        <translation>Tacsonomeg sgiliau</translation>
    </message>
    <message>
        <source>Choose the folder of an ESCO release (the CSV files)</source>
        <translation>Dewiswch ffolder fersiwn ESCO (y ffeiliau CSV)</translation>
    </message>
    <message>
        <source>Matching reads skills, occupations and courses from this taxonomy. You can import a release of ESCO, the European skills classification, in its CSV form, or go back to the built-in UK taxonomy.</source>
        <translation>Mae paru yn darllen sgiliau, galwedigaethau a chyrsiau o&apos;r dacsonomeg hon. Gallwch fewnforio fersiwn o ESCO, y dosbarthiad sgiliau Ewropeaidd, ar ffurf CSV, neu fynd yn ôl i dacsonomeg adeiledig y DU.</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Yn cael ei defnyddio</translation>
    </message>
    <message>
        <source>Import an ESCO release from a folder</source>
        <translation>Mewnforio fersiwn ESCO o ffolder</translation>
    </message>
    <message>
        <source>Reads the CSV files of an ESCO release and, when they are all read, replaces the taxonomy in this vault.</source>
        <translation>Mae&apos;n darllen ffeiliau CSV fersiwn ESCO ac, ar ôl eu darllen i gyd, yn disodli&apos;r dacsonomeg yn y storfa hon.</translation>
    </message>
    <message>
        <source>Go back to the built-in UK taxonomy</source>
        <translation>Mynd yn ôl i dacsonomeg adeiledig y DU</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Cynnydd y mewnforio</translation>
    </message>
    <message>
        <source>Cancel the import; the taxonomy stays as it is</source>
        <translation>Canslo&apos;r mewnforio; bydd y dacsonomeg yn aros fel y mae</translation>
    </message>
    <message>
        <source>What the last import did</source>
        <translation>Beth wnaeth y mewnforio diwethaf</translation>
    </message>
    <message>
        <source>The result of an import appears here, ready to copy.</source>
        <translation>Mae canlyniad mewnforio yn ymddangos yma, yn barod i&apos;w gopïo.</translation>
    </message>
    <message>
        <source>&amp;Result of the last import:</source>
        <translation>Ca&amp;nlyniad y mewnforio diwethaf:</translation>
    </message>
    <message>
        <source>The built-in UK taxonomy.</source>
        <translation>Tacsonomeg adeiledig y DU.</translation>
    </message>
    <message>
        <source>An imported ESCO release.</source>
        <translation>Fersiwn ESCO a fewnforiwyd.</translation>
    </message>
    <message>
        <source>An imported taxonomy (%1).</source>
        <translation>Tacsonomeg a fewnforiwyd (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n skill(s) and knowledge area(s)</source>
        <translation>
            <numerusform>%n o sgiliau a meysydd gwybodaeth</numerusform>
            <numerusform>%n sgil neu faes gwybodaeth</numerusform>
            <numerusform>%n o sgiliau a meysydd gwybodaeth</numerusform>
            <numerusform>%n o sgiliau a meysydd gwybodaeth</numerusform>
            <numerusform>%n o sgiliau a meysydd gwybodaeth</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skill group(s)</source>
        <translation>
            <numerusform>%n grŵp sgiliau</numerusform>
            <numerusform>%n grŵp sgiliau</numerusform>
            <numerusform>%n o grwpiau sgiliau</numerusform>
            <numerusform>%n grŵp sgiliau</numerusform>
            <numerusform>%n o grwpiau sgiliau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n occupation(s)</source>
        <translation>
            <numerusform>%n galwedigaeth</numerusform>
            <numerusform>%n galwedigaeth</numerusform>
            <numerusform>%n o alwedigaethau</numerusform>
            <numerusform>%n galwedigaeth</numerusform>
            <numerusform>%n o alwedigaethau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n course(s)</source>
        <translation>
            <numerusform>%n cwrs</numerusform>
            <numerusform>%n cwrs</numerusform>
            <numerusform>%n o gyrsiau</numerusform>
            <numerusform>%n cwrs</numerusform>
            <numerusform>%n o gyrsiau</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the ESCO release in %1…</source>
        <translation>Yn darllen y fersiwn ESCO yn %1…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Yn darllen %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Yn canslo…</translation>
    </message>
    <message>
        <source>The import was cancelled. The taxonomy in use has not changed.</source>
        <translation>Cafodd y mewnforio ei ganslo. Nid yw&apos;r dacsonomeg sy&apos;n cael ei defnyddio wedi newid.</translation>
    </message>
    <message>
        <source>The ESCO release was not imported: %1
The taxonomy in use has not changed. Correct the file or choose another release, then try again.</source>
        <translation>Ni chafodd y fersiwn ESCO ei fewnforio: %1
Nid yw&apos;r dacsonomeg sy&apos;n cael ei defnyddio wedi newid. Cywirwch y ffeil neu dewiswch fersiwn arall, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Saving the taxonomy in the vault…</source>
        <translation>Yn cadw&apos;r dacsonomeg yn y storfa…</translation>
    </message>
    <message>
        <source>The ESCO release was read but could not be saved: %1
The taxonomy in use has not changed.</source>
        <translation>Cafodd y fersiwn ESCO ei ddarllen ond nid oedd modd ei gadw: %1
Nid yw&apos;r dacsonomeg sy&apos;n cael ei defnyddio wedi newid.</translation>
    </message>
    <message>
        <source>Imported the ESCO release from %1.</source>
        <translation>Mewnforiwyd y fersiwn ESCO o %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n occupation–skill link(s)</source>
        <translation>
            <numerusform>%n cysylltiad galwedigaeth–sgil</numerusform>
            <numerusform>%n cysylltiad galwedigaeth–sgil</numerusform>
            <numerusform>%n o gysylltiadau galwedigaeth–sgil</numerusform>
            <numerusform>%n cysylltiad galwedigaeth–sgil</numerusform>
            <numerusform>%n o gysylltiadau galwedigaeth–sgil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) to concepts not in the release were left out.</source>
        <translation>
            <numerusform>Hepgorwyd %n cysylltiad â chysyniadau nad ydynt yn y fersiwn.</numerusform>
            <numerusform>Hepgorwyd %n cysylltiad â chysyniadau nad ydynt yn y fersiwn.</numerusform>
            <numerusform>Hepgorwyd %n o gysylltiadau â chysyniadau nad ydynt yn y fersiwn.</numerusform>
            <numerusform>Hepgorwyd %n cysylltiad â chysyniadau nad ydynt yn y fersiwn.</numerusform>
            <numerusform>Hepgorwyd %n o gysylltiadau â chysyniadau nad ydynt yn y fersiwn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Matching now uses this taxonomy.</source>
        <translation>Mae paru bellach yn defnyddio&apos;r dacsonomeg hon.</translation>
    </message>
    <message>
        <source>Use the built-in taxonomy</source>
        <translation>Defnyddio&apos;r dacsonomeg adeiledig</translation>
    </message>
    <message>
        <source>This removes the imported taxonomy from this vault and goes back to the built-in UK taxonomy. Skills already recorded for people stay as they are. Go back to the built-in taxonomy?</source>
        <translation>Bydd hyn yn tynnu&apos;r dacsonomeg a fewnforiwyd o&apos;r storfa hon ac yn mynd yn ôl i dacsonomeg adeiledig y DU. Bydd y sgiliau sydd eisoes wedi&apos;u cofnodi ar gyfer pobl yn aros fel y maent. Ydych chi am fynd yn ôl i&apos;r dacsonomeg adeiledig?</translation>
    </message>
    <message>
        <source>The vault now uses the built-in UK taxonomy.</source>
        <translation>Mae&apos;r storfa bellach yn defnyddio tacsonomeg adeiledig y DU.</translation>
    </message>
    <message>
        <source>Its skill and occupation names are in English only: it has no Welsh names.</source>
        <translation>Mae ei henwau sgiliau a galwedigaethau yn Saesneg yn unig: does ganddi ddim enwau Cymraeg.</translation>
    </message>
    <message>
        <source>Skill and occupation names are shown in Welsh where the taxonomy has them; the rest are in English only.</source>
        <translation>Dangosir enwau sgiliau a galwedigaethau yn Gymraeg lle mae&apos;r dacsonomeg yn eu cynnwys; mae&apos;r gweddill yn Saesneg yn unig.</translation>
    </message>
</context>
<context>
    <name>TaxonomyStore</name>
    <message>
        <source>The taxonomy import was cancelled; the taxonomy is as it was.</source>
        <translation>Cafodd mewnforio&apos;r dacsonomeg ei ganslo; mae&apos;r dacsonomeg fel yr oedd.</translation>
    </message>
</context>
<context>
    <name>TodayCommand</name>
    <message>
        <source>--date must be a real date written as YYYY-MM-DD, for example 2026-12-07.</source>
        <translation>Rhaid i --date fod yn ddyddiad go iawn ar ffurf BBBB-MM-DD, er enghraifft 2026-12-07.</translation>
    </message>
    <message>
        <source>--weeks must be a whole number from 1 to %1.</source>
        <translation>Rhaid i --weeks fod yn rhif cyfan o 1 i %1.</translation>
    </message>
    <message>
        <source>Your day: %1</source>
        <translation>Eich diwrnod: %1</translation>
    </message>
    <message>
        <source>The caseload is empty. Add someone with &quot;person add&quot;, or import a caseload bundle with &quot;bundle import&quot;.</source>
        <translation>Mae&apos;r llwyth achosion yn wag. Ychwanegwch rywun gyda &quot;person add&quot;, neu mewnforiwch fwndel llwyth achosion gyda &quot;bundle import&quot;.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>  Nothing.</source>
        <translation>  Dim byd.</translation>
    </message>
    <message>
        <source>  %1</source>
        <translation>  %1</translation>
    </message>
    <message>
        <source>  %1 %2</source>
        <translation>  %1 %2</translation>
    </message>
    <message>
        <source>  %1 %2: %3 [%4]</source>
        <translation>  %1 %2: %3 [%4]</translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … a %n arall</numerusform>
            <numerusform>  … a %n arall</numerusform>
            <numerusform>  … a %n arall</numerusform>
            <numerusform>  … a %n arall</numerusform>
            <numerusform>  … a %n arall</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransparencyDialog</name>
    <message>
        <source>About the suggestions</source>
        <translation>Ynghylch yr awgrymiadau</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>Copy the whole record as plain text.</source>
        <translation>Copïo&apos;r cofnod cyfan fel testun plaen.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Argraffu…</translation>
    </message>
    <message>
        <source>Use shared ad&amp;justments</source>
        <translation>&amp;Defnyddio&apos;r addasiadau a rannwyd</translation>
    </message>
    <message>
        <source>Check &amp;fairness</source>
        <translation>Gwirio &amp;tegwch</translation>
    </message>
    <message>
        <source>Use the adjustments people agreed to share for matching</source>
        <translation>Defnyddio&apos;r addasiadau y cytunodd pobl i&apos;w rhannu ar gyfer paru</translation>
    </message>
    <message>
        <source>The one allowed exception: an adjustment a person agreed to share may change their matches. Switch it off to check matching without it.</source>
        <translation>Yr un eithriad a ganiateir: gall addasiad y cytunodd person i&apos;w rannu newid y swyddi a gynigir iddo. Diffoddwch ef i wirio paru hebddo.</translation>
    </message>
    <message>
        <source>Unlock a vault to check its caseload.</source>
        <translation>Datgloi storfa i wirio ei llwyth achosion.</translation>
    </message>
    <message>
        <source>Checks that matching, note suggestions and prefill treat each person alike when only their name, sex, age, health, pregnancy, religion, ethnicity or language changes. Nothing is written.</source>
        <translation>Yn gwirio bod paru, awgrymiadau o nodiadau a rhag-lenwi yn trin pob person yr un fath pan mai dim ond eu henw, rhyw, oed, iechyd, beichiogrwydd, crefydd, ethnigrwydd neu iaith sy&apos;n newid. Nid oes dim yn cael ei ysgrifennu.</translation>
    </message>
    <message>
        <source>Fairness check</source>
        <translation>Gwiriad tegwch</translation>
    </message>
    <message>
        <source>Run the fairness check on this vault&apos;s caseload.</source>
        <translation>Rhedeg y gwiriad tegwch ar lwyth achosion y storfa hon.</translation>
    </message>
    <message>
        <source>The fairness check could not start: %1</source>
        <translation>Nid oedd modd dechrau&apos;r gwiriad tegwch: %1</translation>
    </message>
    <message>
        <source>Checked %1 of %2 people…</source>
        <translation>Wedi gwirio %1 o %2 o bobl…</translation>
    </message>
    <message>
        <source>&amp;Stop the check</source>
        <translation>&amp;Stopio&apos;r gwiriad</translation>
    </message>
    <message>
        <source>Checking the caseload…</source>
        <translation>Yn gwirio&apos;r llwyth achosion…</translation>
    </message>
    <message>
        <source>The fairness check was stopped before it ended.</source>
        <translation>Cafodd y gwiriad tegwch ei stopio cyn iddo orffen.</translation>
    </message>
    <message>
        <source>The fairness check could not finish: %1</source>
        <translation>Nid oedd modd gorffen y gwiriad tegwch: %1</translation>
    </message>
    <message numerus="yes">
        <source>Fairness check: no differences in matching; %n other difference(s).</source>
        <translation>
            <numerusform>Gwiriad tegwch: dim gwahaniaethau wrth baru; %n gwahaniaeth arall.</numerusform>
            <numerusform>Gwiriad tegwch: dim gwahaniaethau wrth baru; %n gwahaniaeth arall.</numerusform>
            <numerusform>Gwiriad tegwch: dim gwahaniaethau wrth baru; %n gwahaniaeth arall.</numerusform>
            <numerusform>Gwiriad tegwch: dim gwahaniaethau wrth baru; %n gwahaniaeth arall.</numerusform>
            <numerusform>Gwiriad tegwch: dim gwahaniaethau wrth baru; %n gwahaniaeth arall.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fairness check: %n difference(s) in matching. Read the report.</source>
        <translation>
            <numerusform>Gwiriad tegwch: %n gwahaniaeth wrth baru. Darllenwch yr adroddiad.</numerusform>
            <numerusform>Gwiriad tegwch: %n gwahaniaeth wrth baru. Darllenwch yr adroddiad.</numerusform>
            <numerusform>Gwiriad tegwch: %n gwahaniaeth wrth baru. Darllenwch yr adroddiad.</numerusform>
            <numerusform>Gwiriad tegwch: %n gwahaniaeth wrth baru. Darllenwch yr adroddiad.</numerusform>
            <numerusform>Gwiriad tegwch: %n gwahaniaeth wrth baru. Darllenwch yr adroddiad.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransparencyRecord</name>
    <message>
        <source>%1 (all of it)</source>
        <translation>%1 (y cyfan)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>kind: field</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Note suggestions on held-out coach notes: precision (share of suggestions that were right)</source>
        <translation>Awgrymiadau o nodiadau ar nodiadau hyfforddwyr a gadwyd o&apos;r neilltu: manwl gywirdeb (cyfran yr awgrymiadau a oedd yn gywir)</translation>
    </message>
    <message>
        <source>Note suggestions on held-out coach notes: recall (share of the right values that were found)</source>
        <translation>Awgrymiadau o nodiadau ar nodiadau hyfforddwyr a gadwyd o&apos;r neilltu: adalw (cyfran y gwerthoedd cywir a ddarganfuwyd)</translation>
    </message>
    <message>
        <source>Skills suggested from held-out coach notes: precision</source>
        <translation>Sgiliau a awgrymwyd o nodiadau hyfforddwyr a gadwyd o&apos;r neilltu: manwl gywirdeb</translation>
    </message>
    <message>
        <source>Skills suggested from held-out coach notes: recall</source>
        <translation>Sgiliau a awgrymwyd o nodiadau hyfforddwyr a gadwyd o&apos;r neilltu: adalw</translation>
    </message>
    <message>
        <source>Tier 1: summary</source>
        <translation>Haen 1: crynodeb</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Beth mae&apos;n ei wneud</translation>
    </message>
    <message>
        <source>Waymark helps work coaches and GP practices keep a person&apos;s record and prepare the next step. It offers three kinds of suggestion: vacancies that may suit the person, facts it reads in a note the coach is writing, and answers it can copy into a form from the record. A person reads every suggestion and accepts, changes or rejects it. Waymark never decides anything about anyone.</source>
        <translation>Mae Waymark yn helpu anogwyr gwaith a meddygfeydd i gadw cofnod person a pharatoi&apos;r cam nesaf. Mae&apos;n cynnig tri math o awgrym: swyddi gwag a allai fod yn addas i&apos;r person, ffeithiau y mae&apos;n eu darllen mewn nodyn y mae&apos;r anogwr yn ei ysgrifennu, ac atebion y gall eu copïo o&apos;r cofnod i ffurflen. Mae person yn darllen pob awgrym ac yn ei dderbyn, ei newid neu ei wrthod. Nid yw Waymark byth yn penderfynu dim am neb.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pam</translation>
    </message>
    <message>
        <source>To save the coach time on searching and typing, so more of the meeting is spent with the person, while the decision stays with people who can be asked to explain it.</source>
        <translation>I arbed amser i&apos;r anogwr wrth chwilio a theipio, fel bod mwy o&apos;r cyfarfod yn cael ei dreulio gyda&apos;r person, tra bo&apos;r penderfyniad yn aros gyda phobl y gellir gofyn iddynt ei esbonio.</translation>
    </message>
    <message>
        <source>Owner and contact</source>
        <translation>Perchennog a chyswllt</translation>
    </message>
    <message>
        <source>Who is responsible</source>
        <translation>Pwy sy&apos;n gyfrifol</translation>
    </message>
    <message>
        <source>The organisation that runs this copy of Waymark (the job centre, council service or GP practice) is responsible for how it is used. Questions about a suggestion go first to the coach or practice, then to that organisation&apos;s data protection officer.</source>
        <translation>Y sefydliad sy&apos;n rhedeg y copi hwn o Waymark (y ganolfan waith, gwasanaeth y cyngor neu&apos;r feddygfa) sy&apos;n gyfrifol am y ffordd y caiff ei ddefnyddio. Dylid gofyn cwestiynau am awgrym i&apos;r anogwr neu&apos;r feddygfa yn gyntaf, ac yna i swyddog diogelu data&apos;r sefydliad hwnnw.</translation>
    </message>
    <message>
        <source>The software</source>
        <translation>Y feddalwedd</translation>
    </message>
    <message>
        <source>Waymark is open source software that runs on the device alone: no suggestion is sent to, or made by, a server.</source>
        <translation>Meddalwedd cod agored yw Waymark sy&apos;n rhedeg ar y ddyfais yn unig: nid oes unrhyw awgrym yn cael ei anfon at weinydd, na&apos;i wneud gan weinydd.</translation>
    </message>
    <message>
        <source>The tools</source>
        <translation>Yr offer</translation>
    </message>
    <message>
        <source>Vacancy matching</source>
        <translation>Paru swyddi gwag</translation>
    </message>
    <message>
        <source>Ranks the vacancies held on the device against a person&apos;s skills, job goals, work history, place and hours, and shows every part of each score.</source>
        <translation>Mae&apos;n rhestru&apos;r swyddi gwag sydd ar y ddyfais yn ôl sgiliau, nodau swydd, hanes gwaith, lleoliad ac oriau person, ac yn dangos pob rhan o bob sgôr.</translation>
    </message>
    <message>
        <source>Suggestions from notes</source>
        <translation>Awgrymiadau o nodiadau</translation>
    </message>
    <message>
        <source>Reads the note the coach is writing, by fixed rules and word lists, and offers skills, job goals, hours, dates and similar facts, each with the sentence it came from.</source>
        <translation>Mae&apos;n darllen y nodyn y mae&apos;r anogwr yn ei ysgrifennu, drwy reolau sefydlog a rhestrau geiriau, ac yn cynnig sgiliau, nodau swydd, oriau, dyddiadau a ffeithiau tebyg, pob un gyda&apos;r frawddeg y daeth ohoni.</translation>
    </message>
    <message>
        <source>Form prefill</source>
        <translation>Llenwi ffurflenni ymlaen llaw</translation>
    </message>
    <message>
        <source>Copies answers the record already holds into a form, marked as copied, for the coach to check.</source>
        <translation>Mae&apos;n copïo atebion sydd eisoes yn y cofnod i ffurflen, wedi&apos;u marcio fel rhai wedi&apos;u copïo, i&apos;r anogwr eu gwirio.</translation>
    </message>
    <message>
        <source>What it is not</source>
        <translation>Beth nad ydyw</translation>
    </message>
    <message>
        <source>None of the tools decides entitlement, requirements, sanctions, fitness for work or referrals. There is no learned model and no profiling: the rules are fixed, written in the code and the same for everyone.</source>
        <translation>Nid oes yr un o&apos;r offer yn penderfynu ar hawl, gofynion, sancsiynau, ffitrwydd i weithio nac atgyfeiriadau. Nid oes model wedi&apos;i ddysgu na phroffilio: mae&apos;r rheolau&apos;n sefydlog, wedi&apos;u hysgrifennu yn y cod ac yr un fath i bawb.</translation>
    </message>
    <message>
        <source>How a person stays in charge</source>
        <translation>Sut mae person yn parhau i reoli</translation>
    </message>
    <message>
        <source>Every suggestion needs a person</source>
        <translation>Mae angen person ar gyfer pob awgrym</translation>
    </message>
    <message>
        <source>Nothing reaches the record until a coach accepts it, and a coach can change it first or reject it. Each suggestion shown, and each decision, is written to the vault&apos;s tamper-evident audit log, with the engine and taxonomy versions that made it.</source>
        <translation>Nid oes dim yn cyrraedd y cofnod nes bod anogwr yn ei dderbyn, a gall anogwr ei newid yn gyntaf neu ei wrthod. Mae pob awgrym a ddangosir, a phob penderfyniad, yn cael ei ysgrifennu i log archwilio&apos;r storfa, sy&apos;n dangos unrhyw ymyrryd, gyda fersiynau&apos;r peiriant a&apos;r tacsonomeg a&apos;i gwnaeth.</translation>
    </message>
    <message>
        <source>Oversight</source>
        <translation>Goruchwyliaeth</translation>
    </message>
    <message>
        <source>The Suggestions report shows, for a period, how many suggestions were shown, accepted, changed and rejected, and how quickly. It warns when nearly all are accepted, or accepted within two seconds, so a manager can check they are being read. It counts only totals, never one person&apos;s decisions.</source>
        <translation>Mae&apos;r adroddiad awgrymiadau yn dangos, am gyfnod, faint o awgrymiadau a ddangoswyd, a dderbyniwyd, a newidiwyd ac a wrthodwyd, a pha mor gyflym. Mae&apos;n rhybuddio pan fo bron pob un yn cael ei dderbyn, neu&apos;n cael ei dderbyn o fewn dwy eiliad, fel y gall rheolwr wirio eu bod yn cael eu darllen. Mae&apos;n cyfrif cyfansymiau yn unig, byth benderfyniadau un person.</translation>
    </message>
    <message>
        <source>The data each tool reads</source>
        <translation>Y data y mae pob offeryn yn ei ddarllen</translation>
    </message>
    <message>
        <source>Matching reads</source>
        <translation>Mae paru&apos;n darllen</translation>
    </message>
    <message>
        <source>Skills, qualifications and licences, job goals, job titles from work history, the first half of the postcode, the furthest the person will travel, the hours they can work, and adjustments the person agreed to share for matching.</source>
        <translation>Sgiliau, cymwysterau a thrwyddedau, nodau swydd, teitlau swyddi o&apos;r hanes gwaith, hanner cyntaf y cod post, y pellter mwyaf y bydd y person yn teithio, yr oriau y gall weithio, ac addasiadau y cytunodd y person i&apos;w rhannu ar gyfer paru.</translation>
    </message>
    <message>
        <source>Matching never reads</source>
        <translation>Nid yw paru byth yn darllen</translation>
    </message>
    <message>
        <source>Not known in this build.</source>
        <translation>Nid yw&apos;n hysbys yn y fersiwn hon.</translation>
    </message>
    <message>
        <source>How this is known</source>
        <translation>Sut mae hyn yn hysbys</translation>
    </message>
    <message>
        <source>The list above is declared in the code that builds a match profile, and a test changes each item on a person and checks the ranking does not move. The record has no field for sex, ethnicity or religion at all.</source>
        <translation>Mae&apos;r rhestr uchod wedi&apos;i datgan yn y cod sy&apos;n llunio proffil paru, ac mae prawf yn newid pob eitem ar berson ac yn gwirio nad yw&apos;r drefn yn symud. Nid oes gan y cofnod faes ar gyfer rhyw, ethnigrwydd na chrefydd o gwbl.</translation>
    </message>
    <message>
        <source>Suggestions from notes read</source>
        <translation>Mae awgrymiadau o nodiadau yn darllen</translation>
    </message>
    <message>
        <source>Only the text of the note being written, while it is open; not the rest of the record. Each suggestion points to the sentence it came from.</source>
        <translation>Dim ond testun y nodyn sy&apos;n cael ei ysgrifennu, tra bo ar agor; nid gweddill y cofnod. Mae pob awgrym yn cyfeirio at y frawddeg y daeth ohoni.</translation>
    </message>
    <message>
        <source>Form prefill reads</source>
        <translation>Mae llenwi ffurflenni ymlaen llaw yn darllen</translation>
    </message>
    <message>
        <source>Only the fields of the record that the form asks for.</source>
        <translation>Dim ond y meysydd yn y cofnod y mae&apos;r ffurflen yn gofyn amdanynt.</translation>
    </message>
    <message>
        <source>Known limits</source>
        <translation>Cyfyngiadau hysbys</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Cyfyngiadau</translation>
    </message>
    <message>
        <source>Matching knows only the vacancies and skills list loaded on the device, and ranks best when a person&apos;s skills are recorded. Suggestions from notes miss skills said in other words than the skills list uses, and can mistake a word for a skill. The quality figures below are measured on test data, not on how well Waymark serves people.</source>
        <translation>Dim ond y swyddi gwag a&apos;r rhestr sgiliau sydd wedi&apos;u llwytho ar y ddyfais y mae paru&apos;n eu hadnabod, ac mae&apos;n rhestru orau pan fo sgiliau person wedi&apos;u cofnodi. Mae awgrymiadau o nodiadau yn methu sgiliau a ddywedir mewn geiriau gwahanol i&apos;r rhai yn y rhestr sgiliau, a gallant gamgymryd gair am sgil. Mae&apos;r ffigurau ansawdd isod wedi&apos;u mesur ar ddata prawf, nid ar ba mor dda y mae Waymark yn gwasanaethu pobl.</translation>
    </message>
    <message>
        <source>Risks and how they are reduced</source>
        <translation>Risgiau a sut y cânt eu lleihau</translation>
    </message>
    <message>
        <source>Suggestions accepted without thought</source>
        <translation>Awgrymiadau&apos;n cael eu derbyn heb feddwl</translation>
    </message>
    <message>
        <source>Every suggestion needs a click and shows its reasons; the Suggestions report warns when acceptance looks automatic.</source>
        <translation>Mae angen clic ar bob awgrym ac mae&apos;n dangos ei resymau; mae&apos;r adroddiad awgrymiadau yn rhybuddio pan fo derbyn yn edrych yn awtomatig.</translation>
    </message>
    <message>
        <source>Treating people differently by who they are</source>
        <translation>Trin pobl yn wahanol yn ôl pwy ydynt</translation>
    </message>
    <message>
        <source>Matching cannot see names, age, health conditions, fit notes or language, and tests prove it. It uses an adjustment only when the person agreed to share it for matching.</source>
        <translation>Ni all paru weld enwau, oedran, cyflyrau iechyd, nodiadau ffitrwydd nac iaith, ac mae profion yn profi hynny. Dim ond pan gytunodd y person i&apos;w rannu ar gyfer paru y mae&apos;n defnyddio addasiad.</translation>
    </message>
    <message>
        <source>A wrong fact copied into the record</source>
        <translation>Ffaith anghywir yn cael ei chopïo i&apos;r cofnod</translation>
    </message>
    <message>
        <source>Suggestions show their source sentence and are marked as suggestions; the coach can change or reject each one, and the change is audited.</source>
        <translation>Mae awgrymiadau&apos;n dangos y frawddeg y daethant ohoni ac wedi&apos;u marcio fel awgrymiadau; gall yr anogwr newid neu wrthod pob un, ac mae&apos;r newid yn cael ei archwilio.</translation>
    </message>
    <message>
        <source>Personal data leaking</source>
        <translation>Data personol yn gollwng</translation>
    </message>
    <message>
        <source>Everything stays in the encrypted vault on the device; audit entries and reports hold ids, kinds and counts, never a value about a person.</source>
        <translation>Mae popeth yn aros yn y storfa wedi&apos;i hamgryptio ar y ddyfais; mae cofnodion archwilio ac adroddiadau&apos;n cadw dynodyddion, mathau a chyfrifon, byth werth am berson.</translation>
    </message>
    <message>
        <source>Waymark version</source>
        <translation>Fersiwn Waymark</translation>
    </message>
    <message>
        <source>Matching engine</source>
        <translation>Peiriant paru</translation>
    </message>
    <message>
        <source>Note suggestions engine</source>
        <translation>Peiriant awgrymiadau o nodiadau</translation>
    </message>
    <message>
        <source>Form prefill engine</source>
        <translation>Peiriant llenwi ffurflenni ymlaen llaw</translation>
    </message>
    <message>
        <source>Built-in skills list</source>
        <translation>Rhestr sgiliau adeiledig</translation>
    </message>
    <message>
        <source>Skills list in use</source>
        <translation>Rhestr sgiliau sy&apos;n cael ei defnyddio</translation>
    </message>
    <message>
        <source>No vault is open.</source>
        <translation>Nid oes storfa ar agor.</translation>
    </message>
    <message>
        <source>%1 (imported into this vault)</source>
        <translation>%1 (wedi&apos;i mewnforio i&apos;r storfa hon)</translation>
    </message>
    <message>
        <source>%1 (the built-in list)</source>
        <translation>%1 (y rhestr adeiledig)</translation>
    </message>
    <message>
        <source>Versions in this build</source>
        <translation>Fersiynau yn y fersiwn hon</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mesurwyd</translation>
    </message>
    <message>
        <source>No quality figures were shipped with this build.</source>
        <translation>Ni chafodd unrhyw ffigurau ansawdd eu cynnwys gyda&apos;r fersiwn hon.</translation>
    </message>
    <message>
        <source>Measured on %1 at commit %2.</source>
        <translation>Mesurwyd ar %1 yn ymrwymiad %2.</translation>
    </message>
    <message>
        <source>Quality last measured</source>
        <translation>Ansawdd, fel y&apos;i mesurwyd ddiwethaf</translation>
    </message>
    <message>
        <source>About the suggestions: transparency record</source>
        <translation>Ynghylch yr awgrymiadau: cofnod tryloywder</translation>
    </message>
</context>
<context>
    <name>TrustCommands</name>
    <message>
        <source>Give the fingerprint you were given with --fingerprint.</source>
        <translation>Rhowch yr ôl bys a roddwyd i chi gyda --fingerprint.</translation>
    </message>
    <message>
        <source>No fingerprint was typed.</source>
        <translation>Ni theipiwyd ôl bys.</translation>
    </message>
    <message>
        <source>Name the public key file: trust add FILE.pub --kinds vacancies --label NAME</source>
        <translation>Rhowch enw ffeil yr allwedd gyhoeddus: trust add FILE.pub --kinds vacancies --label NAME</translation>
    </message>
    <message>
        <source>Unknown kind of bundle &quot;%1&quot;.</source>
        <translation>Math anhysbys o fwndel &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Key %1 has fingerprint %2.</source>
        <translation>Ôl bys allwedd %1 yw %2.</translation>
    </message>
    <message>
        <source>Type the fingerprint the publisher gave you:</source>
        <translation>Teipiwch yr ôl bys a roddodd y cyhoeddwr i chi:</translation>
    </message>
    <message>
        <source>Key %1 is now trusted.</source>
        <translation>Rydych bellach yn ymddiried yn allwedd %1.</translation>
    </message>
    <message>
        <source>Key %1 is no longer trusted.</source>
        <translation>Nid ydych yn ymddiried yn allwedd %1 mwyach.</translation>
    </message>
    <message>
        <source>Name the key change statement: trust rotate FILE.rotation</source>
        <translation>Enwch y datganiad newid allwedd: trust rotate FILE.rotation</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>Nid oedd modd darllen %1.</translation>
    </message>
    <message>
        <source>Old key %1, fingerprint %2</source>
        <translation>Hen allwedd %1, ôl bys %2</translation>
    </message>
    <message>
        <source>New key %1, fingerprint %2</source>
        <translation>Allwedd newydd %1, ôl bys %2</translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation>Y rheswm a roddwyd: %1</translation>
    </message>
    <message>
        <source>Key %1 is now trusted for %2 in place of key %3, which is no longer trusted.</source>
        <translation>Rydych bellach yn ymddiried yn allwedd %1 ar gyfer %2 yn lle allwedd %3, nad ydych yn ymddiried ynddi mwyach.</translation>
    </message>
    <message>
        <source>The publisher&apos;s public key file.</source>
        <translation>Ffeil allwedd gyhoeddus y cyhoeddwr.</translation>
    </message>
    <message>
        <source>The key change statement the publisher sent.</source>
        <translation>Y datganiad newid allwedd a anfonodd y cyhoeddwr.</translation>
    </message>
    <message>
        <source>To change it, run waymark-cli trust remove --key-id %1, then trust add again.</source>
        <translation>I&apos;w newid, rhedwch waymark-cli trust remove --key-id %1, yna trust add eto.</translation>
    </message>
</context>
<context>
    <name>TrustStore</name>
    <message>
        <source>This is not a valid public key.</source>
        <translation>Nid yw hon yn allwedd gyhoeddus ddilys.</translation>
    </message>
    <message>
        <source>Choose at least one kind of bundle to trust this key for.</source>
        <translation>Dewiswch o leiaf un math o fwndel i ymddiried yn yr allwedd hon ar ei gyfer.</translation>
    </message>
    <message>
        <source>Give the key a name, such as the publisher or the colleague it belongs to.</source>
        <translation>Rhowch enw i&apos;r allwedd, fel enw&apos;r cyhoeddwr neu&apos;r cydweithiwr y mae&apos;n perthyn iddo.</translation>
    </message>
    <message>
        <source>The fingerprint you confirmed does not match this key. Do not trust it; check with the sender by another route.</source>
        <translation>Nid yw&apos;r ôl bys a gadarnhawyd gennych yn cyfateb i&apos;r allwedd hon. Peidiwch ag ymddiried ynddi; holwch yr anfonwr drwy lwybr arall.</translation>
    </message>
    <message>
        <source>That key is not in the list of trusted keys.</source>
        <translation>Nid yw&apos;r allwedd honno ar y rhestr o allweddi dibynadwy.</translation>
    </message>
    <message>
        <source>The audit log could not be read.</source>
        <translation>Nid oedd modd darllen y log archwilio.</translation>
    </message>
    <message>
        <source>This key change statement has already been applied on this device; nothing was changed.</source>
        <translation>Mae&apos;r datganiad newid allwedd hwn eisoes wedi&apos;i gymhwyso ar y ddyfais hon; ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>The old key %1 is not trusted on this device, so it cannot hand its trust on to the new key.</source>
        <translation>Nid oes ymddiriedaeth yn yr hen allwedd %1 ar y ddyfais hon, felly ni all drosglwyddo ei hymddiriedaeth i&apos;r allwedd newydd.</translation>
    </message>
    <message>
        <source>The old key in the statement is not the key %1 this device trusts.</source>
        <translation>Nid yr hen allwedd yn y datganiad yw&apos;r allwedd %1 y mae&apos;r ddyfais hon yn ymddiried ynddi.</translation>
    </message>
    <message>
        <source>The old key %1 is not trusted here for any of the kinds of bundle the statement hands on.</source>
        <translation>Nid oes ymddiriedaeth yn yr hen allwedd %1 yma ar gyfer unrhyw un o&apos;r mathau o fwndel y mae&apos;r datganiad yn eu trosglwyddo.</translation>
    </message>
    <message>
        <source>The new key %1 was removed from this device&apos;s trusted keys. If that was a mistake, add it again by its fingerprint.</source>
        <translation>Cafodd yr allwedd newydd %1 ei thynnu o allweddi dibynadwy&apos;r ddyfais hon. Os camgymeriad oedd hynny, ychwanegwch hi eto drwy ei hôl bys.</translation>
    </message>
    <message>
        <source>%1 (new key, changed from %2)</source>
        <translation>%1 (allwedd newydd, wedi newid o %2)</translation>
    </message>
    <message>
        <source>Key %1 is already trusted, under the name &quot;%2&quot;. A trusted key is never replaced: to change its name or what it is trusted for, remove it first, then add it again.</source>
        <translation>Rydych eisoes yn ymddiried yn allwedd %1, dan yr enw &quot;%2&quot;. Nid yw allwedd ddibynadwy byth yn cael ei disodli: i newid ei henw neu&apos;r hyn yr ymddiriedir ynddi ar ei gyfer, tynnwch hi yn gyntaf, yna ei hychwanegu eto.</translation>
    </message>
</context>
<context>
    <name>TrustedKeysDialog</name>
    <message>
        <source>Trusted keys</source>
        <translation>Allweddi dibynadwy</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Allwedd</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Ôl bys</translation>
    </message>
    <message>
        <source>Trusted for</source>
        <translation>Dibynadwy ar gyfer</translation>
    </message>
    <message>
        <source>&amp;Add a key from a file…</source>
        <translation>&amp;Ychwanegu allwedd o ffeil…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Tynnu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Bundles are imported only when they are signed by a key trusted here for that kind of bundle.</source>
        <translation>Dim ond pan fyddant wedi&apos;u llofnodi gan allwedd sy&apos;n ddibynadwy yma ar gyfer y math hwnnw o fwndel y caiff bwndeli eu mewnforio.</translation>
    </message>
    <message>
        <source>Choose a public key</source>
        <translation>Dewiswch allwedd gyhoeddus</translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>Allweddi cyhoeddus (*.pub);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>The key file could not be read.</source>
        <translation>Nid oedd modd darllen y ffeil allwedd.</translation>
    </message>
    <message>
        <source>Remove a trusted key</source>
        <translation>Tynnu allwedd ddibynadwy</translation>
    </message>
    <message>
        <source>Stop trusting &quot;%1&quot; (key %2)? Bundles signed by it will be refused from now on.</source>
        <translation>Peidio ag ymddiried yn &quot;%1&quot; (allwedd %2)? Bydd bwndeli sydd wedi&apos;u llofnodi ganddi yn cael eu gwrthod o hyn ymlaen.</translation>
    </message>
    <message>
        <source>Choose a key change statement</source>
        <translation>Dewiswch ddatganiad newid allwedd</translation>
    </message>
    <message>
        <source>Key change statements (*.rotation);;All files (*)</source>
        <translation>Datganiadau newid allwedd (*.rotation);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Key change</source>
        <translation>Newid allwedd</translation>
    </message>
    <message>
        <source>The key change statement could not be read.</source>
        <translation>Nid oedd modd darllen y datganiad newid allwedd.</translation>
    </message>
    <message>
        <source>The publisher signed a change from key %1 (fingerprint %2) to key %3 (fingerprint %4).</source>
        <translation>Llofnododd y cyhoeddwr newid o allwedd %1 (ôl bys %2) i allwedd %3 (ôl bys %4).</translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation>Y rheswm a roddwyd: %1</translation>
    </message>
    <message>
        <source>The new key will be trusted for: %1. The old key will no longer be trusted for anything. Apply the change?</source>
        <translation>Bydd yr allwedd newydd yn ddibynadwy ar gyfer: %1. Ni fydd yr hen allwedd yn ddibynadwy ar gyfer dim mwyach. Cymhwyso&apos;r newid?</translation>
    </message>
    <message>
        <source>Apply a &amp;key rotation…</source>
        <translation>Cymhwyso &amp;newid allwedd…</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Datgloi</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Unlock problem</source>
        <translation>Problem datgloi</translation>
    </message>
    <message>
        <source>Open &amp;another vault…</source>
        <translation>Agor storfa &amp;arall…</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <source>This vault is locked. Enter its passphrase to see the caseload.</source>
        <translation>Mae&apos;r storfa hon wedi&apos;i chloi. Rhowch ei chyfrinymadrodd i weld y llwyth achosion.</translation>
    </message>
    <message>
        <source>%1 is locked</source>
        <translation>Mae&apos;r storfa %1 wedi&apos;i chloi</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Yn datgloi…</translation>
    </message>
    <message numerus="yes">
        <source>Passphrase incorrect. Try again in %n second(s).</source>
        <translation>
            <numerusform>Mae&apos;r cyfrinymadrodd yn anghywir. Rhowch gynnig arall arni ymhen %n eiliad.</numerusform>
            <numerusform>Mae&apos;r cyfrinymadrodd yn anghywir. Rhowch gynnig arall arni ymhen %n eiliad.</numerusform>
            <numerusform>Mae&apos;r cyfrinymadrodd yn anghywir. Rhowch gynnig arall arni ymhen %n eiliad.</numerusform>
            <numerusform>Mae&apos;r cyfrinymadrodd yn anghywir. Rhowch gynnig arall arni ymhen %n eiliad.</numerusform>
            <numerusform>Mae&apos;r cyfrinymadrodd yn anghywir. Rhowch gynnig arall arni ymhen %n eiliad.</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase incorrect. Try again.</source>
        <translation>Mae&apos;r cyfrinymadrodd yn anghywir. Rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>VacancyBundle</name>
    <message>
        <source>the id must be 1 to %1 characters</source>
        <translation>rhaid i&apos;r id fod rhwng 1 a %1 nod o hyd</translation>
    </message>
    <message>
        <source>the title is missing</source>
        <translation>mae&apos;r teitl ar goll</translation>
    </message>
    <message>
        <source>the employer is missing</source>
        <translation>mae&apos;r cyflogwr ar goll</translation>
    </message>
    <message>
        <source>the closing date is not a real date</source>
        <translation>nid yw&apos;r dyddiad cau yn ddyddiad go iawn</translation>
    </message>
    <message>
        <source>hours a week must be more than 0 and at most 80</source>
        <translation>rhaid i nifer yr oriau bob wythnos fod yn fwy na 0 ac yn 80 ar y mwyaf</translation>
    </message>
    <message>
        <source>a salary cannot be negative</source>
        <translation>ni all cyflog fod yn negatif</translation>
    </message>
    <message>
        <source>the lowest salary is more than the highest</source>
        <translation>mae&apos;r cyflog isaf yn uwch na&apos;r cyflog uchaf</translation>
    </message>
    <message>
        <source>a location needs both latitude and longitude</source>
        <translation>mae angen lledred a hydred ar leoliad</translation>
    </message>
    <message>
        <source>the location is outside the UK</source>
        <translation>mae&apos;r lleoliad y tu allan i&apos;r DU</translation>
    </message>
    <message>
        <source>the postcode is not a UK postcode</source>
        <translation>nid yw&apos;r cod post yn god post yn y DU</translation>
    </message>
    <message>
        <source>there is no location: give coordinates or a postcode</source>
        <translation>nid oes lleoliad: rhowch gyfesurynnau neu god post</translation>
    </message>
    <message>
        <source>The vacancy list is of an unknown type.</source>
        <translation>Mae&apos;r rhestr swyddi gwag o fath anhysbys.</translation>
    </message>
    <message>
        <source>A vacancy has an unknown contract type.</source>
        <translation>Mae gan swydd wag fath anhysbys o gontract.</translation>
    </message>
    <message>
        <source>the id %1 appears twice</source>
        <translation>mae&apos;r id %1 yn ymddangos ddwywaith</translation>
    </message>
    <message>
        <source>the postcode area %1 cannot be placed: import a postcode locations bundle</source>
        <translation>nid oes modd lleoli ardal cod post %1: mewnforiwch fwndel lleoliadau codau post</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>Cafodd y mewnforio ei ganslo. Ni chafodd dim ei newid.</translation>
    </message>
</context>
<context>
    <name>VacancyCommands</name>
    <message>
        <source>--top takes a whole number from 0 to 1000.</source>
        <translation>Mae --top yn cymryd rhif cyfan o 0 i 1000.</translation>
    </message>
    <message numerus="yes">
        <source>%n vacancies read in %1 s.</source>
        <translation>
            <numerusform>Darllenwyd %n swydd wag mewn %1 e.</numerusform>
            <numerusform>Darllenwyd %n swydd wag mewn %1 e.</numerusform>
            <numerusform>Darllenwyd %n swydd wag mewn %1 e.</numerusform>
            <numerusform>Darllenwyd %n swydd wag mewn %1 e.</numerusform>
            <numerusform>Darllenwyd %n swydd wag mewn %1 e.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VacancyCsv</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Nid oedd modd ysgrifennu %1: %2</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Nid oedd modd agor %1: %2</translation>
    </message>
    <message>
        <source>A value for %1 is required.</source>
        <translation>Mae angen gwerth ar gyfer %1.</translation>
    </message>
    <message>
        <source>“%1” is not %2.</source>
        <translation>Nid yw “%1” yn ddilys: mae angen %2.</translation>
    </message>
    <message>
        <source>The id is %1 characters long; the most is %2.</source>
        <translation>Mae&apos;r id yn %1 nod o hyd; yr uchafswm yw %2.</translation>
    </message>
    <message>
        <source>The id “%1” is already used on line %2.</source>
        <translation>Mae&apos;r id “%1” eisoes wedi&apos;i ddefnyddio ar linell %2.</translation>
    </message>
    <message>
        <source>“%1” is not a contract type: use permanent, temporary, fixed-term, apprenticeship or zero-hours.</source>
        <translation>Nid yw “%1” yn fath o gontract: defnyddiwch permanent, temporary, fixed-term, apprenticeship neu zero-hours.</translation>
    </message>
    <message>
        <source>“%1” is not a real date written year-month-day, such as 2026-03-27.</source>
        <translation>Nid yw “%1” yn ddyddiad go iawn ar y ffurf blwyddyn-mis-diwrnod, fel 2026-03-27.</translation>
    </message>
    <message>
        <source>a number of hours a week above 0 and at most %1</source>
        <translation>nifer o oriau&apos;r wythnos sy&apos;n fwy na 0 ac yn %1 ar y mwyaf</translation>
    </message>
    <message>
        <source>a salary in pounds a year: a number, 0 or more, without £ or commas</source>
        <translation>cyflog mewn punnoedd y flwyddyn: rhif, 0 neu fwy, heb £ na choma</translation>
    </message>
    <message>
        <source>a latitude within the UK (%1 to %2)</source>
        <translation>lledred yn y DU (%1 i %2)</translation>
    </message>
    <message>
        <source>a longitude within the UK (%1 to %2)</source>
        <translation>hydred yn y DU (%1 i %2)</translation>
    </message>
    <message>
        <source>latitude and longitude must be given together, or both left empty.</source>
        <translation>rhaid rhoi&apos;r lledred a&apos;r hydred gyda&apos;i gilydd, neu adael y ddau&apos;n wag.</translation>
    </message>
    <message>
        <source>A vacancy needs a location: a postcode, or a latitude and longitude.</source>
        <translation>Mae angen lleoliad ar swydd wag: cod post, neu ledred a hydred.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the vacancies file break a rule. The first is line %1, %2: %3</source>
        <translation>
            <numerusform>Mae %n rhes yn y ffeil swyddi gwag yn torri rheol. Mae&apos;r gyntaf ar linell %1, %2: %3</numerusform>
            <numerusform>Mae %n rhes yn y ffeil swyddi gwag yn torri rheol: llinell %1, %2: %3</numerusform>
            <numerusform>Mae %n o resi yn y ffeil swyddi gwag yn torri rheol. Mae&apos;r gyntaf ar linell %1, %2: %3</numerusform>
            <numerusform>Mae %n rhes yn y ffeil swyddi gwag yn torri rheol. Mae&apos;r gyntaf ar linell %1, %2: %3</numerusform>
            <numerusform>Mae %n o resi yn y ffeil swyddi gwag yn torri rheol. Mae&apos;r gyntaf ar linell %1, %2: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) is more than %3 (%4).</source>
        <translation>Mae %1 (%2) yn uwch na %3 (%4).</translation>
    </message>
</context>
<context>
    <name>VacancyFeed</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Nid oedd modd agor %1: %2</translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>llinell %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>VacancyIndex</name>
    <message>
        <source>Building the vacancy index was cancelled.</source>
        <translation>Cafodd y gwaith o greu mynegai&apos;r swyddi gwag ei ganslo.</translation>
    </message>
</context>
<context>
    <name>VacancyMatchesDialog</name>
    <message>
        <source>&amp;People who fit it best</source>
        <translation>Pobl sy&apos;n gweddu &amp;orau iddi</translation>
    </message>
    <message>
        <source>&amp;Open this %1</source>
        <translation>&amp;Agor y %1 hwn</translation>
    </message>
    <message>
        <source>Vacancies</source>
        <translation>Swyddi gwag</translation>
    </message>
    <message>
        <source>Filter the vacancies by title, employer or reference</source>
        <translation>Hidlo&apos;r swyddi gwag yn ôl teitl, cyflogwr neu gyfeirnod</translation>
    </message>
    <message>
        <source>Title, employer or reference</source>
        <translation>Teitl, cyflogwr neu gyfeirnod</translation>
    </message>
    <message>
        <source>&amp;Find a vacancy:</source>
        <translation>&amp;Chwilio am swydd wag:</translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation>Swydd wag</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Cyflogwr</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Open vacancies</source>
        <translation>Swyddi gwag agored</translation>
    </message>
    <message>
        <source>Open &amp;vacancies</source>
        <translation>Swyddi gwag a&amp;gored</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Safle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>People with open cases who fit the selected vacancy, best first</source>
        <translation>Pobl ag achosion agored sy&apos;n gweddu i&apos;r swydd wag a ddewiswyd, y gorau yn gyntaf</translation>
    </message>
    <message>
        <source>Why the selected person scores as they do</source>
        <translation>Pam mae&apos;r unigolyn a ddewiswyd yn cael y sgôr hon</translation>
    </message>
    <message>
        <source>&amp;Why this score</source>
        <translation>&amp;Pam y sgôr hon</translation>
    </message>
    <message>
        <source>Open the selected %1 in the workspace</source>
        <translation>Agor y %1 a ddewiswyd yn y man gwaith</translation>
    </message>
    <message>
        <source>Ranking status</source>
        <translation>Statws rhestru</translation>
    </message>
    <message>
        <source>Matching is not available in this window.</source>
        <translation>Nid yw paru ar gael yn y ffenestr hon.</translation>
    </message>
    <message>
        <source>There are no open vacancies in this vault yet. Import a vacancy bundle from the Sync menu, then come back here to find people for them.</source>
        <translation>Nid oes swyddi gwag agored yn y storfa hon eto. Mewnforiwch fwndel swyddi gwag o&apos;r ddewislen Cysoni, yna dewch yn ôl yma i ddod o hyd i bobl ar eu cyfer.</translation>
    </message>
    <message>
        <source>%1 at %2, reference %3</source>
        <translation>%1 gyda %2, cyfeirnod %3</translation>
    </message>
    <message numerus="yes">
        <source>%n open vacancy(s). Choose one to see who fits it best.</source>
        <translation>
            <numerusform>%n swydd wag agored. Dewiswch un i weld pwy sy&apos;n gweddu orau iddi.</numerusform>
            <numerusform>%n swydd wag agored. Dewiswch hi i weld pwy sy&apos;n gweddu orau iddi.</numerusform>
            <numerusform>%n o swyddi gwag agored. Dewiswch un i weld pwy sy&apos;n gweddu orau iddi.</numerusform>
            <numerusform>%n swydd wag agored. Dewiswch un i weld pwy sy&apos;n gweddu orau iddi.</numerusform>
            <numerusform>%n o swyddi gwag agored. Dewiswch un i weld pwy sy&apos;n gweddu orau iddi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ranking the people with open cases…</source>
        <translation>Yn rhestru&apos;r bobl ag achosion agored…</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Rank %1: %2, score %3 percent</source>
        <translation>Safle %1: %2, sgôr %3 y cant</translation>
    </message>
    <message>
        <source>Score %1 percent</source>
        <translation>Sgôr %1 y cant</translation>
    </message>
    <message>
        <source>There are no open cases on the caseload to rank.</source>
        <translation>Nid oes achosion agored yn y llwyth achosion i&apos;w rhestru.</translation>
    </message>
    <message>
        <source>Nobody with an open case fits this vacancy within their own distance and hours limits.</source>
        <translation>Nid oes neb ag achos agored yn gweddu i&apos;r swydd wag hon o fewn eu terfynau pellter ac oriau eu hunain.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) ranked, best fit first.</source>
        <translation>
            <numerusform>Rhestrwyd %n person, y mwyaf addas yn gyntaf.</numerusform>
            <numerusform>Rhestrwyd %n person, y mwyaf addas yn gyntaf.</numerusform>
            <numerusform>Rhestrwyd %n o bobl, y mwyaf addas yn gyntaf.</numerusform>
            <numerusform>Rhestrwyd %n person, y mwyaf addas yn gyntaf.</numerusform>
            <numerusform>Rhestrwyd %n o bobl, y mwyaf addas yn gyntaf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a vacancy, then a person, to see why they score as they do.</source>
        <translation>Dewiswch swydd wag, yna unigolyn, i weld pam mae&apos;n cael y sgôr hon.</translation>
    </message>
    <message>
        <source>%1 for %2 at %3: score %4%</source>
        <translation>%1 ar gyfer %2 gyda %3: sgôr %4%</translation>
    </message>
    <message>
        <source>Choose a vacancy to see its advert.</source>
        <translation>Dewiswch swydd wag i weld ei hysbyseb.</translation>
    </message>
    <message>
        <source>P&amp;ut forward…</source>
        <translation>&amp;Enwebu…</translation>
    </message>
    <message>
        <source>Put the selected %1 forward for this vacancy, with their consent</source>
        <translation>Enwebu&apos;r %1 a ddewiswyd ar gyfer y swydd wag hon, gyda&apos;u caniatâd</translation>
    </message>
    <message>
        <source>Put forward. It is on their record and the employer&apos;s.</source>
        <translation>Wedi&apos;i enwebu. Mae ar eu cofnod nhw a chofnod y cyflogwr.</translation>
    </message>
</context>
<context>
    <name>VacancyReadingStore</name>
    <message>
        <source>Reading the vacancies again was cancelled.</source>
        <translation>Cafodd ail-ddarllen y swyddi gwag ei ganslo.</translation>
    </message>
    <message>
        <source>A vacancy could not be read.</source>
        <translation>Nid oedd modd darllen swydd wag.</translation>
    </message>
    <message>
        <source>That vacancy is no longer in the vault.</source>
        <translation>Nid yw&apos;r swydd wag honno yn y gladdgell mwyach.</translation>
    </message>
</context>
<context>
    <name>VacancyReportDialog</name>
    <message>
        <source>Vacancies report</source>
        <translation>Adroddiad swyddi gwag</translation>
    </message>
    <message>
        <source>What Waymark understood of the open vacancies when they were imported: the occupation each title maps to, and the skills each advert states or its occupation implies. Matching uses these; titles that mapped to nothing show what a feed needs.</source>
        <translation>Yr hyn a ddeallodd Waymark o&apos;r swyddi gwag agored pan gawsant eu mewnforio: yr alwedigaeth y mae pob teitl yn cyfateb iddi, a&apos;r sgiliau y mae pob hysbyseb yn eu nodi neu y mae ei galwedigaeth yn eu hawgrymu. Mae paru yn defnyddio&apos;r rhain; mae teitlau na chawsant eu cysylltu â dim yn dangos beth sydd ei angen ar ffrwd.</translation>
    </message>
    <message>
        <source>Open vacancies:</source>
        <translation>Swyddi gwag agored:</translation>
    </message>
    <message>
        <source>Read for the taxonomy in use:</source>
        <translation>Wedi&apos;u darllen ar gyfer y tacsonomeg sy&apos;n cael ei defnyddio:</translation>
    </message>
    <message>
        <source>Given an occupation:</source>
        <translation>Wedi cael galwedigaeth:</translation>
    </message>
    <message>
        <source>Skills per vacancy (median):</source>
        <translation>Sgiliau fesul swydd wag (canolrif):</translation>
    </message>
    <message>
        <source>&amp;Titles that mapped to no occupation, most frequent first:</source>
        <translation>&amp;Teitlau na chawsant eu cysylltu ag unrhyw alwedigaeth, y mwyaf cyffredin yn gyntaf:</translation>
    </message>
    <message>
        <source>Titles that mapped to no occupation</source>
        <translation>Teitlau na chawsant eu cysylltu ag unrhyw alwedigaeth</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Vacancies</source>
        <translation>Swyddi gwag</translation>
    </message>
    <message>
        <source>&amp;Copy the report</source>
        <translation>&amp;Copïo&apos;r adroddiad</translation>
    </message>
    <message>
        <source>Copy the report as text</source>
        <translation>Copïo&apos;r adroddiad fel testun</translation>
    </message>
    <message>
        <source>%1 stated in the advert, %2 implied by the occupation, %3 listed by the feed</source>
        <translation>%1 wedi&apos;u nodi yn yr hysbyseb, %2 ymhlyg yn yr alwedigaeth, %3 wedi&apos;u rhestru gan y ffrwd</translation>
    </message>
    <message>
        <source>Every title read mapped to an occupation.</source>
        <translation>Cafodd pob teitl a ddarllenwyd ei gysylltu â galwedigaeth.</translation>
    </message>
</context>
<context>
    <name>Validators</name>
    <message>
        <source>This National Insurance number should look like QQ 12 34 56 C: two letters, six digits, then A, B, C or D.</source>
        <translation>Dylai&apos;r rhif Yswiriant Gwladol hwn edrych fel QQ 12 34 56 C: dwy lythyren, chwe digid, yna A, B, C neu D.</translation>
    </message>
    <message>
        <source>%1 is not a prefix used for National Insurance numbers. Check the first two letters.</source>
        <translation>Nid yw %1 yn rhagddodiad a ddefnyddir ar gyfer rhifau Yswiriant Gwladol. Gwiriwch y ddwy lythyren gyntaf.</translation>
    </message>
    <message>
        <source>This postcode should look like LS1 4AP or CF10 1EP. Check it and try again.</source>
        <translation>Dylai&apos;r cod post hwn edrych fel LS1 4AP neu CF10 1EP. Gwiriwch ef a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>This should be a postcode such as LS1 4AP, or the first part of one such as LS1.</source>
        <translation>Dylai hwn fod yn god post fel LS1 4AP, neu ran gyntaf cod post fel LS1.</translation>
    </message>
    <message>
        <source>This email address should look like name@example.co.uk.</source>
        <translation>Dylai&apos;r cyfeiriad e-bost hwn edrych fel enw@example.co.uk.</translation>
    </message>
    <message>
        <source>This phone number should contain only digits, spaces and a leading +, like 07700 900123.</source>
        <translation>Dylai&apos;r rhif ffôn hwn gynnwys digidau, bylchau a + ar y dechrau yn unig, fel 07700 900123.</translation>
    </message>
    <message>
        <source>This phone number should have 10 or 11 digits and start with 0, like 07700 900123.</source>
        <translation>Dylai fod gan y rhif ffôn hwn 10 neu 11 digid, a dylai ddechrau â 0, fel 07700 900123.</translation>
    </message>
    <message>
        <source>This should be a number from %1 to %2.</source>
        <translation>Dylai hwn fod yn rhif o %1 i %2.</translation>
    </message>
    <message>
        <source>This should be a whole number from %1 to %2.</source>
        <translation>Dylai hwn fod yn rhif cyfan o %1 i %2.</translation>
    </message>
    <message>
        <source>Write the year in full, for example 27/3/2026.</source>
        <translation>Ysgrifennwch y flwyddyn yn llawn, er enghraifft 27/3/2026.</translation>
    </message>
    <message>
        <source>Enter a real date, for example 27/3/2026.</source>
        <translation>Rhowch ddyddiad go iawn, er enghraifft 27/3/2026.</translation>
    </message>
    <message>
        <source>Write the year in full, for example 27/3/2026 14:30.</source>
        <translation>Ysgrifennwch y flwyddyn yn llawn, er enghraifft 27/3/2026 14:30.</translation>
    </message>
    <message>
        <source>Enter a real date and time, for example 27/3/2026 14:30.</source>
        <translation>Rhowch ddyddiad ac amser go iawn, er enghraifft 27/3/2026 14:30.</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>This vault is open in another Waymark window or program. Close it there, then try again.</source>
        <translation>Mae&apos;r storfa hon ar agor mewn ffenestr neu raglen Waymark arall. Caewch hi yno, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Choose a passphrase for the vault.</source>
        <translation>Dewiswch gyfrinymadrodd ar gyfer y storfa.</translation>
    </message>
    <message>
        <source>There is already a file or folder called %1.</source>
        <translation>Mae ffeil neu ffolder o&apos;r enw %1 yn bodoli eisoes.</translation>
    </message>
    <message>
        <source>The vault folder could not be created. Check you can write there.</source>
        <translation>Nid oedd modd creu ffolder y storfa. Gwiriwch eich bod yn gallu ysgrifennu yno.</translation>
    </message>
    <message>
        <source>Vault owner</source>
        <translation>Perchennog y storfa</translation>
    </message>
    <message>
        <source>This is not a Waymark vault. Choose a folder ending in .waymark.</source>
        <translation>Nid storfa Waymark yw hon. Dewiswch ffolder sy&apos;n gorffen â .waymark.</translation>
    </message>
    <message>
        <source>This vault has lost its device identity. Contact support.</source>
        <translation>Mae&apos;r storfa hon wedi colli ei hunaniaeth dyfais. Cysylltwch â&apos;r tîm cymorth.</translation>
    </message>
    <message>
        <source>This vault does not record its setting. Contact support.</source>
        <translation>Nid yw&apos;r storfa hon yn cofnodi ei gosodiad. Cysylltwch â&apos;r tîm cymorth.</translation>
    </message>
    <message>
        <source>Choose a new passphrase.</source>
        <translation>Dewiswch gyfrinymadrodd newydd.</translation>
    </message>
    <message>
        <source>The new key could not be saved. Keep Waymark open and contact support.</source>
        <translation>Nid oedd modd cadw&apos;r allwedd newydd. Cadwch Waymark ar agor a chysylltwch â&apos;r tîm cymorth.</translation>
    </message>
    <message>
        <source>Some records refer to records that no longer exist.</source>
        <translation>Mae rhai cofnodion yn cyfeirio at gofnodion nad ydynt yn bodoli mwyach.</translation>
    </message>
    <message>
        <source>The audit log is broken at entry %1: %2</source>
        <translation>Mae&apos;r log archwilio wedi torri yng nghofnod %1: %2</translation>
    </message>
    <message>
        <source>%1 in this vault is a link to another file. Waymark does not open or write through links, so that nobody can redirect the caseload or its key. Replace the link with the file itself, or contact support.</source>
        <translation>Mae %1 yn y storfa hon yn ddolen i ffeil arall. Nid yw Waymark yn agor nac yn ysgrifennu drwy ddolenni, fel na all neb ailgyfeirio&apos;r llwyth achosion na&apos;i allwedd. Rhowch y ffeil ei hun yn lle&apos;r ddolen, neu cysylltwch â&apos;r tîm cymorth.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file could not be restored. Check you can write to the folder.</source>
        <translation>Nid oedd modd adfer ffeil allwedd y storfa. Gwiriwch eich bod yn gallu ysgrifennu i&apos;r ffolder.</translation>
    </message>
    <message>
        <source>Your caseload data is damaged: the vault&apos;s own records could not be read. Don&apos;t delete anything; contact support, who can restore your most recent backup.</source>
        <translation>Mae data eich llwyth achosion wedi&apos;i ddifrodi: nid oedd modd darllen cofnodion y storfa ei hun. Peidiwch â dileu dim; cysylltwch â&apos;r tîm cymorth, a all adfer eich copi wrth gefn diweddaraf.</translation>
    </message>
</context>
<context>
    <name>VaultBackup</name>
    <message>
        <source>This backup is incomplete: it ends after %1 of its %2 bytes, so it was probably cut short while it was written or copied. Nothing was restored; use another copy of the backup.</source>
        <translation>Mae&apos;r copi wrth gefn hwn yn anghyflawn: mae&apos;n gorffen ar ôl %1 o&apos;i %2 beit, felly mae&apos;n debyg iddo gael ei dorri&apos;n fyr wrth ei ysgrifennu neu ei gopïo. Ni adferwyd dim; defnyddiwch gopi arall o&apos;r copi wrth gefn.</translation>
    </message>
    <message>
        <source>This backup is damaged: its contents do not match the checksum written with it. Nothing was restored; use another copy of the backup.</source>
        <translation>Mae&apos;r copi wrth gefn hwn wedi&apos;i ddifrodi: nid yw ei gynnwys yn cyfateb i&apos;r swm gwirio a ysgrifennwyd gydag ef. Ni adferwyd dim; defnyddiwch gopi arall o&apos;r copi wrth gefn.</translation>
    </message>
    <message>
        <source>This file is not a Waymark backup.</source>
        <translation>Nid copi wrth gefn Waymark yw&apos;r ffeil hon.</translation>
    </message>
    <message>
        <source>The backup could not be written. Check there is space on the disk and that you may write to that folder, then try again.</source>
        <translation>Nid oedd modd ysgrifennu&apos;r copi wrth gefn. Gwiriwch fod lle ar y ddisg a bod hawl gennych i ysgrifennu i&apos;r ffolder honno, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The backup file could not be read. Check the disk and try again.</source>
        <translation>Nid oedd modd darllen ffeil y copi wrth gefn. Gwiriwch y ddisg a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The backup was stopped. No backup file was written.</source>
        <translation>Cafodd y copi wrth gefn ei atal. Ni ysgrifennwyd unrhyw ffeil copi wrth gefn.</translation>
    </message>
    <message>
        <source>Choose a file to write the backup to, not a folder.</source>
        <translation>Dewiswch ffeil i ysgrifennu&apos;r copi wrth gefn iddi, nid ffolder.</translation>
    </message>
    <message>
        <source>%1 is a link to another file. Waymark does not write a backup through a link; choose another name.</source>
        <translation>Mae %1 yn ddolen i ffeil arall. Nid yw Waymark yn ysgrifennu copi wrth gefn drwy ddolen; dewiswch enw arall.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Nid yw&apos;r ffolder %1 yn bodoli.</translation>
    </message>
    <message>
        <source>Save the backup outside the vault folder, ideally on another disk or a USB stick.</source>
        <translation>Cadwch y copi wrth gefn y tu allan i ffolder y gladdgell, ar ddisg arall neu ffon USB os oes modd.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file could not be read, so no backup was made.</source>
        <translation>Nid oedd modd darllen ffeil allwedd y gladdgell, felly ni wnaed copi wrth gefn.</translation>
    </message>
    <message>
        <source>The copy of the vault could not be completed. Try again.</source>
        <translation>Nid oedd modd cwblhau&apos;r copi o&apos;r gladdgell. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The backup was saved, but the vault could not note that it was made: %1</source>
        <translation>Cafodd y copi wrth gefn ei gadw, ond ni allai&apos;r gladdgell nodi iddo gael ei wneud: %1</translation>
    </message>
    <message>
        <source>Choose a new folder for the restored vault.</source>
        <translation>Dewiswch ffolder newydd ar gyfer y gladdgell a adferwyd.</translation>
    </message>
    <message>
        <source>There is already a file or folder called %1. A backup is restored into a new folder, so that no vault is ever overwritten; choose another name.</source>
        <translation>Mae ffeil neu ffolder o&apos;r enw %1 eisoes. Caiff copi wrth gefn ei adfer i ffolder newydd, fel na chaiff unrhyw gladdgell byth ei throsysgrifo; dewiswch enw arall.</translation>
    </message>
    <message>
        <source>The backup file could not be opened. Check its name and try again.</source>
        <translation>Nid oedd modd agor ffeil y copi wrth gefn. Gwiriwch ei henw a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Waymark. Update Waymark, then try again.</source>
        <translation>Gwnaed y copi wrth gefn hwn gan fersiwn mwy newydd o Waymark. Diweddarwch Waymark, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>That passphrase does not open this backup. A backup opens with the passphrase the vault had when the backup was made.</source>
        <translation>Nid yw&apos;r cyfrinymadrodd hwnnw&apos;n agor y copi wrth gefn hwn. Mae copi wrth gefn yn agor gyda&apos;r cyfrinymadrodd oedd gan y gladdgell pan wnaed y copi.</translation>
    </message>
    <message>
        <source>The folder for the restored vault could not be created. Check you can write there.</source>
        <translation>Nid oedd modd creu&apos;r ffolder ar gyfer y gladdgell a adferwyd. Gwiriwch fod modd i chi ysgrifennu yno.</translation>
    </message>
    <message>
        <source>The restored vault could not be written. Check you can write there.</source>
        <translation>Nid oedd modd ysgrifennu&apos;r gladdgell a adferwyd. Gwiriwch fod modd i chi ysgrifennu yno.</translation>
    </message>
    <message>
        <source>The restored vault could not be put at %1. Choose a new folder and try again.</source>
        <translation>Nid oedd modd rhoi&apos;r gladdgell a adferwyd yn %1. Dewiswch ffolder newydd a rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>VaultCommands</name>
    <message>
        <source>Say where to create the vault with --vault PATH.</source>
        <translation>Nodwch ble i greu&apos;r storfa gyda --vault PATH.</translation>
    </message>
    <message>
        <source>--setting must be work-coach, gp-practice or admin.</source>
        <translation>Rhaid i --setting fod yn work-coach, gp-practice neu admin.</translation>
    </message>
    <message>
        <source>Created vault %1.</source>
        <translation>Crëwyd y storfa %1.</translation>
    </message>
    <message>
        <source>The vault is intact.</source>
        <translation>Mae&apos;r storfa&apos;n gyfan.</translation>
    </message>
    <message numerus="yes">
        <source>The vault has %n problem(s).</source>
        <translation>
            <numerusform>Nifer y problemau yn y storfa: %n.</numerusform>
            <numerusform>Nifer y problemau yn y storfa: %n.</numerusform>
            <numerusform>Nifer y problemau yn y storfa: %n.</numerusform>
            <numerusform>Nifer y problemau yn y storfa: %n.</numerusform>
            <numerusform>Nifer y problemau yn y storfa: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault now uses a new encryption key. The passphrase is unchanged.</source>
        <translation>Mae&apos;r storfa bellach yn defnyddio allwedd amgryptio newydd. Nid yw&apos;r cyfrinymadrodd wedi newid.</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Cyfrinymadrodd newydd:</translation>
    </message>
    <message>
        <source>New passphrase again:</source>
        <translation>Cyfrinymadrodd newydd eto:</translation>
    </message>
    <message>
        <source>The passphrase has been changed.</source>
        <translation>Mae&apos;r cyfrinymadrodd wedi cael ei newid.</translation>
    </message>
    <message>
        <source>No backup of this vault has been made with Waymark.</source>
        <translation>Nid oes copi wrth gefn o&apos;r gladdgell hon wedi&apos;i wneud gyda Waymark.</translation>
    </message>
    <message>
        <source>The last backup was made on %1 (UTC).</source>
        <translation>Gwnaed y copi wrth gefn diwethaf ar %1 (UTC).</translation>
    </message>
    <message>
        <source>Backed up the vault to %1. The backup opens with the vault&apos;s passphrase as it is today.</source>
        <translation>Gwnaed copi wrth gefn o&apos;r gladdgell yn %1. Mae&apos;r copi wrth gefn yn agor gyda chyfrinymadrodd y gladdgell fel y mae heddiw.</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>Y ffeil copi wrth gefn i&apos;w hadfer.</translation>
    </message>
    <message>
        <source>Name the backup to restore: vault restore FILE --vault NEW</source>
        <translation>Enwch y copi wrth gefn i&apos;w adfer: vault restore FILE --vault NEW</translation>
    </message>
    <message>
        <source>Say where to put the restored vault with --vault PATH (a new folder).</source>
        <translation>Dywedwch ble i roi&apos;r gladdgell a adferwyd gyda --vault PATH (ffolder newydd).</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>Nid oedd modd darllen %1.</translation>
    </message>
    <message>
        <source>Restored the backup made on %1 (UTC) into %2.</source>
        <translation>Adferwyd y copi wrth gefn a wnaed ar %1 (UTC) i %2.</translation>
    </message>
    <message numerus="yes">
        <source>The restored vault has %n problem(s).</source>
        <translation>
            <numerusform>Mae gan y gladdgell a adferwyd %n problem.</numerusform>
            <numerusform>Mae gan y gladdgell a adferwyd %n problem.</numerusform>
            <numerusform>Mae gan y gladdgell a adferwyd %n o broblemau.</numerusform>
            <numerusform>Mae gan y gladdgell a adferwyd %n o broblemau.</numerusform>
            <numerusform>Mae gan y gladdgell a adferwyd %n o broblemau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VaultServices</name>
    <message>
        <source>The skills taxonomy stored in this vault could not be read, so matching and suggestions are off. Choose Vault ▸ Check the vault, or import the taxonomy again.</source>
        <translation>Nid oedd modd darllen y tacsonomeg sgiliau sydd yn y storfa hon, felly mae paru ac awgrymiadau wedi&apos;u diffodd. Dewiswch Storfa ▸ Gwirio&apos;r storfa, neu mewnforiwch y tacsonomeg eto.</translation>
    </message>
</context>
<context>
    <name>VaultSetting</name>
    <message>
        <source>Work coach</source>
        <translation>Anogwr gwaith</translation>
    </message>
    <message>
        <source>GP practice</source>
        <translation>Meddygfa</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Gweinyddwr</translation>
    </message>
    <message>
        <source>claimant</source>
        <translation>hawlydd</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>claf</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Hawlydd</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Claf</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Waymark</source>
        <translation>Croeso i Waymark</translation>
    </message>
    <message>
        <source>Waymark keeps your caseload in an encrypted vault on this computer. Nothing is sent anywhere unless you export it on purpose.</source>
        <translation>Mae Waymark yn cadw eich llwyth achosion mewn storfa wedi&apos;i hamgryptio ar y cyfrifiadur hwn. Ni chaiff dim ei anfon i unman oni bai eich bod yn ei allforio&apos;n fwriadol.</translation>
    </message>
    <message>
        <source>&amp;Create a new vault…</source>
        <translation>&amp;Creu storfa newydd…</translation>
    </message>
    <message>
        <source>&amp;Open an existing vault…</source>
        <translation>&amp;Agor storfa sy&apos;n bodoli…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Adfer o gopi wrth gefn…</translation>
    </message>
</context>
<context>
    <name>YouthCommands</name>
    <message>
        <source>--as-at must be a real date written as YYYY-MM-DD, for example 2026-12-07.</source>
        <translation>Rhaid i --as-at fod yn ddyddiad go iawn ar ffurf BBBB-MM-DD, er enghraifft 2026-12-07.</translation>
    </message>
    <message>
        <source>Nobody on the caseload is in the youth guarantee&apos;s age band.</source>
        <translation>Does neb yn y llwyth achosion ym mand oedran y warant i bobl ifanc.</translation>
    </message>
    <message>
        <source>%1  %2, %3: %4; due by %5; %6</source>
        <translation>%1  %2, %3: %4; erbyn %5; %6</translation>
    </message>
    <message>
        <source>--date must be a real date written as YYYY-MM-DD, for example 2026-12-07.</source>
        <translation>Rhaid i --date fod yn ddyddiad go iawn ar y ffurf BBBB-MM-DD, er enghraifft 2026-12-07.</translation>
    </message>
    <message>
        <source>Offer recorded: %1</source>
        <translation>Cofnodwyd y cynnig: %1</translation>
    </message>
    <message>
        <source>Nothing in the plan, referrals or shortlist to propose as an offer.</source>
        <translation>Does dim byd yn y cynllun, yr atgyfeiriadau na&apos;r rhestr fer i&apos;w awgrymu fel cynnig.</translation>
    </message>
    <message>
        <source>%1 %2  %3 (%4, %5)</source>
        <translation>%1 %2  %3 (%4, %5)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>dim dyddiad</translation>
    </message>
    <message>
        <source>--%1 must be a whole number.</source>
        <translation>Rhaid i --%1 fod yn rhif cyfan.</translation>
    </message>
    <message numerus="yes">
        <source>Ages %1 to %2; an offer is due %n week(s) after joining the guarantee.</source>
        <translation>
            <numerusform>Oedran %1 i %2; mae cynnig yn ddyledus %n wythnos ar ôl ymuno â&apos;r warant.</numerusform>
            <numerusform>Oedran %1 i %2; mae cynnig yn ddyledus %n wythnos ar ôl ymuno â&apos;r warant.</numerusform>
            <numerusform>Oedran %1 i %2; mae cynnig yn ddyledus %n wythnos ar ôl ymuno â&apos;r warant.</numerusform>
            <numerusform>Oedran %1 i %2; mae cynnig yn ddyledus %n wythnos ar ôl ymuno â&apos;r warant.</numerusform>
            <numerusform>Oedran %1 i %2; mae cynnig yn ddyledus %n wythnos ar ôl ymuno â&apos;r warant.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>YouthGuarantee</name>
    <message>
        <source>The youngest age must be between %1 and %2.</source>
        <translation>Rhaid i&apos;r oedran ieuengaf fod rhwng %1 a %2.</translation>
    </message>
    <message>
        <source>The oldest age must be between %1 and %2.</source>
        <translation>Rhaid i&apos;r oedran hynaf fod rhwng %1 a %2.</translation>
    </message>
    <message>
        <source>The oldest age cannot be below the youngest.</source>
        <translation>Ni all yr oedran hynaf fod yn is na&apos;r ieuengaf.</translation>
    </message>
    <message>
        <source>The weeks to make an offer must be between 1 and %1.</source>
        <translation>Rhaid i nifer yr wythnosau i wneud cynnig fod rhwng 1 a %1.</translation>
    </message>
    <message>
        <source>There is no person with that id in this vault.</source>
        <translation>Does neb â&apos;r dynodydd hwnnw yn y gladdgell hon.</translation>
    </message>
    <message>
        <source>Choose what was offered: a job, an apprenticeship, a training place or work experience.</source>
        <translation>Dewiswch beth a gynigiwyd: swydd, prentisiaeth, lle hyfforddi neu brofiad gwaith.</translation>
    </message>
    <message>
        <source>Give the day the offer was made: today or a day before.</source>
        <translation>Rhowch y diwrnod y gwnaed y cynnig: heddiw neu ddiwrnod cyn hynny.</translation>
    </message>
    <message>
        <source>Say where the offer came from: the plan, a referral, a shortlisted vacancy or elsewhere.</source>
        <translation>Dywedwch o ble y daeth y cynnig: y cynllun, atgyfeiriad, swydd wag ar y rhestr fer neu rywle arall.</translation>
    </message>
    <message>
        <source>Choose the plan action, referral or vacancy it came from.</source>
        <translation>Dewiswch y cam gweithredu, yr atgyfeiriad neu&apos;r swydd wag y daeth ohono.</translation>
    </message>
    <message>
        <source>That is not the id of a record or vacancy.</source>
        <translation>Nid dyna ddynodwr cofnod na swydd wag.</translation>
    </message>
    <message>
        <source>That is not an action in this person&apos;s plan.</source>
        <translation>Nid yw hwnnw&apos;n gam gweithredu yng nghynllun y person hwn.</translation>
    </message>
    <message>
        <source>That is not one of this person&apos;s referrals.</source>
        <translation>Nid yw hwnnw&apos;n un o atgyfeiriadau&apos;r person hwn.</translation>
    </message>
    <message>
        <source>The outcome is accepted, declined, or not known yet.</source>
        <translation>Y canlyniad yw wedi&apos;i dderbyn, wedi gwrthod, neu heb ei wybod eto.</translation>
    </message>
    <message>
        <source>%1 (referral)</source>
        <translation>%1 (atgyfeiriad)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 gyda %2</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Yn hwyr</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Ddim yn ddyledus eto</translation>
    </message>
    <message>
        <source>Offered late</source>
        <translation>Cynigiwyd yn hwyr</translation>
    </message>
    <message>
        <source>Offered in time</source>
        <translation>Cynigiwyd mewn pryd</translation>
    </message>
    <message>
        <source>In work, education or training</source>
        <translation>Mewn gwaith, addysg neu hyfforddiant</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
</context>
<context>
    <name>YouthGuaranteeDialog</name>
    <message>
        <source>&amp;Record an offer…</source>
        <translation>Cofnodi &amp;cynnig…</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>A&amp;gor y cofnod</translation>
    </message>
    <message>
        <source>Youth guarantee</source>
        <translation>Gwarant i bobl ifanc</translation>
    </message>
    <message>
        <source>Young people in the band, overdue first</source>
        <translation>Pobl ifanc yn y band, y rhai hwyr yn gyntaf</translation>
    </message>
    <message>
        <source>&amp;People in the band:</source>
        <translation>&amp;Pobl yn y band:</translation>
    </message>
    <message>
        <source>S&amp;ave band and weeks</source>
        <translation>Cadw&apos;r &amp;band a&apos;r wythnosau</translation>
    </message>
    <message>
        <source>Band and weeks (a setting, kept in this vault)</source>
        <translation>Band ac wythnosau (gosodiad, wedi&apos;i gadw yn y storfa hon)</translation>
    </message>
    <message>
        <source>&amp;Youngest age:</source>
        <translation>Oedran &amp;ieuengaf:</translation>
    </message>
    <message>
        <source>Ol&amp;dest age:</source>
        <translation>Oedran &amp;hynaf:</translation>
    </message>
    <message>
        <source>&amp;Weeks from joining to an offer:</source>
        <translation>&amp;Wythnosau o ymuno hyd at gynnig:</translation>
    </message>
    <message numerus="yes">
        <source>Open cases aged %1 to %2. Someone joins the guarantee on the later of the day they joined the caseload and the day they turned %1, and an offer is due by %n week(s) after that.</source>
        <translation>
            <numerusform>Achosion agored rhwng %1 a %2 oed. Mae rhywun yn ymuno â&apos;r warant ar y diweddaraf o&apos;r diwrnod yr ymunodd â&apos;r llwyth achosion a&apos;r diwrnod y trodd yn %1 oed, ac mae cynnig yn ddyledus %n wythnos ar ôl hynny.</numerusform>
            <numerusform>Achosion agored rhwng %1 a %2 oed. Mae rhywun yn ymuno â&apos;r warant ar y diweddaraf o&apos;r diwrnod yr ymunodd â&apos;r llwyth achosion a&apos;r diwrnod y trodd yn %1 oed, ac mae cynnig yn ddyledus %n wythnos ar ôl hynny.</numerusform>
            <numerusform>Achosion agored rhwng %1 a %2 oed. Mae rhywun yn ymuno â&apos;r warant ar y diweddaraf o&apos;r diwrnod yr ymunodd â&apos;r llwyth achosion a&apos;r diwrnod y trodd yn %1 oed, ac mae cynnig yn ddyledus %n wythnos ar ôl hynny.</numerusform>
            <numerusform>Achosion agored rhwng %1 a %2 oed. Mae rhywun yn ymuno â&apos;r warant ar y diweddaraf o&apos;r diwrnod yr ymunodd â&apos;r llwyth achosion a&apos;r diwrnod y trodd yn %1 oed, ac mae cynnig yn ddyledus %n wythnos ar ôl hynny.</numerusform>
            <numerusform>Achosion agored rhwng %1 a %2 oed. Mae rhywun yn ymuno â&apos;r warant ar y diweddaraf o&apos;r diwrnod yr ymunodd â&apos;r llwyth achosion a&apos;r diwrnod y trodd yn %1 oed, ac mae cynnig yn ddyledus %n wythnos ar ôl hynny.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody on the caseload is in the band. People appear here once their date of birth is recorded on their profile.</source>
        <translation>Does neb yn y llwyth achosion yn y band. Mae pobl yn ymddangos yma unwaith y bydd eu dyddiad geni wedi&apos;i gofnodi ar eu proffil.</translation>
    </message>
    <message>
        <source>People in the band: %1. Overdue for an offer: %2.</source>
        <translation>Pobl yn y band: %1. Cynnig yn hwyr: %2.</translation>
    </message>
</context>
<context>
    <name>YouthGuaranteeModel</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Yn hwyr o %n diwrnod</numerusform>
            <numerusform>Yn hwyr o %n diwrnod</numerusform>
            <numerusform>Yn hwyr o %n diwrnod</numerusform>
            <numerusform>Yn hwyr o %n diwrnod</numerusform>
            <numerusform>Yn hwyr o %n diwrnod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not yet due: %n day(s) left</source>
        <translation>
            <numerusform>Ddim yn ddyledus eto: %n diwrnod ar ôl</numerusform>
            <numerusform>Ddim yn ddyledus eto: %n diwrnod ar ôl</numerusform>
            <numerusform>Ddim yn ddyledus eto: %n diwrnod ar ôl</numerusform>
            <numerusform>Ddim yn ddyledus eto: %n diwrnod ar ôl</numerusform>
            <numerusform>Ddim yn ddyledus eto: %n diwrnod ar ôl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n week(s))</source>
        <translation>
            <numerusform>%1 (%n wythnos)</numerusform>
            <numerusform>%1 (%n wythnos)</numerusform>
            <numerusform>%1 (%n wythnos)</numerusform>
            <numerusform>%1 (%n wythnos)</numerusform>
            <numerusform>%1 (%n wythnos)</numerusform>
        </translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Dim eto</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 ar %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Oedran</translation>
    </message>
    <message>
        <source>Doing now</source>
        <translation>Yn gwneud nawr</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Ers</translation>
    </message>
    <message>
        <source>Joined the guarantee</source>
        <translation>Ymunodd â&apos;r warant</translation>
    </message>
    <message>
        <source>Offer due by</source>
        <translation>Cynnig yn ddyledus erbyn</translation>
    </message>
    <message>
        <source>First offer</source>
        <translation>Cynnig cyntaf</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
</context>
<context>
    <name>YouthTables</name>
    <message>
        <source>Youth guarantee: where the young people in the age band stand at the end of the period</source>
        <translation>Gwarant i bobl ifanc: ble mae’r bobl ifanc yn y band oedran arni ar ddiwedd y cyfnod</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Offline, encrypted caseload for employment support.</source>
        <translation>Llwyth achosion all-lein, wedi&apos;i amgryptio, ar gyfer cymorth cyflogaeth.</translation>
    </message>
    <message>
        <source>Open the vault at &lt;path&gt;.</source>
        <translation>Agor y storfa yn &lt;path&gt;.</translation>
    </message>
</context>
<context>
    <name>waymark-cli</name>
    <message>
        <source>The vault folder (or set WAYMARK_VAULT).</source>
        <translation>Ffolder y storfa (neu gosodwch WAYMARK_VAULT).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>llwybr</translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of &lt;file&gt; (or set WAYMARK_PASSPHRASE).</source>
        <translation>Darllen y cyfrinymadrodd o linell gyntaf &lt;ffeil&gt; (neu gosodwch WAYMARK_PASSPHRASE).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ffeil</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>gosodiad</translation>
    </message>
    <message>
        <source>name</source>
        <translation>enw</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>cost</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statws</translation>
    </message>
    <message>
        <source>The person&apos;s id.</source>
        <translation>Id y person.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>field=value</source>
        <translation>maes=gwerth</translation>
    </message>
    <message>
        <source>format</source>
        <translation>fformat</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Print data as JSON.</source>
        <translation>Argraffu data fel JSON.</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>yyyy-mm-dd</translation>
    </message>
    <message>
        <source>kinds</source>
        <translation>mathau</translation>
    </message>
    <message>
        <source>text</source>
        <translation>testun</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>ffolder</translation>
    </message>
    <message>
        <source>code</source>
        <translation>cod</translation>
    </message>
    <message>
        <source>Where to write the key: &lt;prefix&gt;.key (secret) and &lt;prefix&gt;.pub (public).</source>
        <translation>Ble i ysgrifennu&apos;r allwedd: &lt;rhagddodiad&gt;.key (cyfrinachol) a &lt;rhagddodiad&gt;.pub (cyhoeddus).</translation>
    </message>
    <message>
        <source>prefix</source>
        <translation>rhagddodiad</translation>
    </message>
    <message>
        <source>Write the public key in minisign&apos;s format.</source>
        <translation>Ysgrifennu&apos;r allwedd gyhoeddus ar fformat minisign.</translation>
    </message>
    <message>
        <source>A publisher&apos;s key file: the secret key, or its public key (.pub), which needs no passphrase. Without it, the vault&apos;s device key.</source>
        <translation>Ffeil allwedd cyhoeddwr: yr allwedd gyfrinachol, neu ei hallwedd gyhoeddus (.pub), nad oes angen cyfrinymadrodd arni. Hebddi, allwedd dyfais y storfa.</translation>
    </message>
    <message>
        <source>The old secret key file.</source>
        <translation>Ffeil yr hen allwedd gyfrinachol.</translation>
    </message>
    <message>
        <source>The new secret key file (its passphrase from --new-passphrase-file or WAYMARK_NEW_PASSPHRASE).</source>
        <translation>Ffeil yr allwedd gyfrinachol newydd (ei chyfrinymadrodd o --new-passphrase-file neu WAYMARK_NEW_PASSPHRASE).</translation>
    </message>
    <message>
        <source>Why the key is changing, one line.</source>
        <translation>Pam mae&apos;r allwedd yn newid, mewn un llinell.</translation>
    </message>
    <message>
        <source>The key&apos;s id as listed.</source>
        <translation>Id yr allwedd fel y&apos;i rhestrir.</translation>
    </message>
    <message>
        <source>The publisher&apos;s name.</source>
        <translation>Enw&apos;r cyhoeddwr.</translation>
    </message>
    <message>
        <source>This bundle&apos;s number, higher than the last.</source>
        <translation>Rhif y bwndel hwn, yn uwch na&apos;r un diwethaf.</translation>
    </message>
    <message>
        <source>The last day the bundle may be imported.</source>
        <translation>Y diwrnod olaf y gellir mewnforio&apos;r bwndel.</translation>
    </message>
    <message>
        <source>The vacancies file to read: vacancies.csv or a schema.org JobPosting JSON feed (one object, an array or JSON Lines).</source>
        <translation>Y ffeil swyddi gwag i&apos;w darllen: vacancies.csv neu ffrwd JSON JobPosting schema.org (un gwrthrych, arae neu JSON Lines).</translation>
    </message>
    <message>
        <source>csv or jobposting (default: from the file&apos;s first character).</source>
        <translation>csv neu jobposting (diofyn: o nod cyntaf y ffeil).</translation>
    </message>
    <message>
        <source>Leave out invalid rows.</source>
        <translation>Hepgor rhesi annilys.</translation>
    </message>
    <message>
        <source>A full list; anything left out is withdrawn.</source>
        <translation>Rhestr lawn; caiff unrhyw beth a hepgorir ei dynnu&apos;n ôl.</translation>
    </message>
    <message>
        <source>The CSV file to read.</source>
        <translation>Y ffeil CSV i&apos;w darllen.</translation>
    </message>
    <message>
        <source>Write the items set aside to this CSV file, to send back to the sender.</source>
        <translation>Ysgrifennu&apos;r eitemau a roddwyd o&apos;r neilltu i&apos;r ffeil CSV hon, i&apos;w hanfon yn ôl at yr anfonwr.</translation>
    </message>
    <message>
        <source>Sign the ESCO release in this folder.</source>
        <translation>Llofnodi&apos;r fersiwn ESCO yn y ffolder hwn.</translation>
    </message>
    <message>
        <source>Sign the built-in UK taxonomy.</source>
        <translation>Llofnodi tacsonomeg adeiledig y DU.</translation>
    </message>
    <message>
        <source>A form definition to sign (repeatable).</source>
        <translation>Diffiniad ffurflen i&apos;w lofnodi (gellir ei ailadrodd).</translation>
    </message>
    <message>
        <source>Sign every .json form definition in this folder.</source>
        <translation>Llofnodi pob diffiniad ffurflen .json yn y ffolder hwn.</translation>
    </message>
    <message>
        <source>Read the new passphrase from the first line of &lt;file&gt;.</source>
        <translation>Darllen y cyfrinymadrodd newydd o linell gyntaf &lt;ffeil&gt;.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Y ffeil i&apos;w hysgrifennu.</translation>
    </message>
    <message>
        <source>Where the vault is used: work-coach, gp-practice or admin.</source>
        <translation>Ble defnyddir y storfa: work-coach, gp-practice neu admin.</translation>
    </message>
    <message>
        <source>The key&apos;s fingerprint, as its owner gave it to you.</source>
        <translation>Ôl bys yr allwedd, fel y&apos;i rhoddwyd i chi gan ei pherchennog.</translation>
    </message>
    <message>
        <source>A name for the key.</source>
        <translation>Enw ar gyfer yr allwedd.</translation>
    </message>
    <message>
        <source>Kinds of bundle to trust the key for, e.g. vacancies,geodata.</source>
        <translation>Y mathau o fwndel i ymddiried yn yr allwedd ar eu cyfer, e.e. vacancies,geodata.</translation>
    </message>
    <message>
        <source>The publisher&apos;s secret key file.</source>
        <translation>Ffeil allwedd gyfrinachol y cyhoeddwr.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Dangos y cymorth hwn.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Dangos y fersiwn.</translation>
    </message>
    <message>
        <source>%1 See %2 --help.</source>
        <translation>%1 Gweler %2 --help.</translation>
    </message>
    <message>
        <source>Wrong number of arguments for %1. See --help.</source>
        <translation>Nifer anghywir o ddadleuon ar gyfer %1. Gweler --help.</translation>
    </message>
    <message>
        <source>Say what to do, e.g. waymark-cli person list. See --help.</source>
        <translation>Dywedwch beth i&apos;w wneud, e.e. waymark-cli person list. Gweler --help.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. See waymark-cli --help.</source>
        <translation>Gorchymyn anhysbys &quot;%1&quot;. Gweler waymark-cli --help.</translation>
    </message>
    <message>
        <source>Unknown %1 command &quot;%2&quot;. See waymark-cli %1 --help.</source>
        <translation>Gorchymyn %1 anhysbys &quot;%2&quot;. Gweler waymark-cli %1 --help.</translation>
    </message>
    <message>
        <source>Usage: %1 COMMAND [options]</source>
        <translation>Defnydd: %1 GORCHYMYN [opsiynau]</translation>
    </message>
    <message>
        <source>Waymark&apos;s command line: an encrypted caseload vault.</source>
        <translation>Llinell orchymyn Waymark: storfa llwyth achosion wedi&apos;i hamgryptio.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Gorchmynion:</translation>
    </message>
    <message>
        <source>Each command has options of its own: %1 COMMAND --help lists them.</source>
        <translation>Mae gan bob gorchymyn ei opsiynau ei hun: mae %1 GORCHYMYN --help yn eu rhestru.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Defnydd: %1</translation>
    </message>
    <message>
        <source>Create a new, empty vault.</source>
        <translation>Creu storfa newydd, wag.</translation>
    </message>
    <message>
        <source>Check the vault&apos;s database for damage.</source>
        <translation>Gwirio cronfa ddata&apos;r storfa am ddifrod.</translation>
    </message>
    <message>
        <source>Give the vault a new encryption key; the passphrase stays the same.</source>
        <translation>Rhoi allwedd amgryptio newydd i&apos;r storfa; mae&apos;r cyfrinymadrodd yn aros yr un fath.</translation>
    </message>
    <message>
        <source>Change the vault&apos;s passphrase.</source>
        <translation>Newid cyfrinymadrodd y storfa.</translation>
    </message>
    <message>
        <source>List the people on the caseload.</source>
        <translation>Rhestru&apos;r bobl yn y llwyth achosion.</translation>
    </message>
    <message>
        <source>Show everything recorded about one person.</source>
        <translation>Dangos popeth a gofnodwyd am un person.</translation>
    </message>
    <message>
        <source>Add a person to the caseload.</source>
        <translation>Ychwanegu person at y llwyth achosion.</translation>
    </message>
    <message>
        <source>Erase a person and everything about them.</source>
        <translation>Dileu person a phopeth amdanynt.</translation>
    </message>
    <message>
        <source>Export one person&apos;s record to an HTML or JSON file.</source>
        <translation>Allforio cofnod un person i ffeil HTML neu JSON.</translation>
    </message>
    <message>
        <source>Check that the audit log is unbroken.</source>
        <translation>Gwirio nad yw&apos;r log archwilio wedi&apos;i dorri.</translation>
    </message>
    <message>
        <source>Fill a vault with a synthetic caseload, for trying Waymark out.</source>
        <translation>Llenwi storfa â llwyth achosion synthetig, i roi cynnig ar Waymark.</translation>
    </message>
    <message>
        <source>Make a publisher&apos;s signing key.</source>
        <translation>Gwneud allwedd llofnodi cyhoeddwr.</translation>
    </message>
    <message>
        <source>Write a public key in minisign&apos;s format.</source>
        <translation>Ysgrifennu allwedd gyhoeddus ar fformat minisign.</translation>
    </message>
    <message>
        <source>Show a public key&apos;s id and fingerprint.</source>
        <translation>Dangos id ac ôl bys allwedd gyhoeddus.</translation>
    </message>
    <message>
        <source>Sign a statement that moves trust from an old key to a new one.</source>
        <translation>Llofnodi datganiad sy&apos;n symud ymddiriedaeth o hen allwedd i un newydd.</translation>
    </message>
    <message>
        <source>Trust a publisher&apos;s key for some kinds of bundle.</source>
        <translation>Ymddiried yn allwedd cyhoeddwr ar gyfer rhai mathau o fwndel.</translation>
    </message>
    <message>
        <source>List the trusted keys.</source>
        <translation>Rhestru&apos;r allweddi yr ymddiriedir ynddynt.</translation>
    </message>
    <message>
        <source>Stop trusting a key.</source>
        <translation>Peidio ag ymddiried mewn allwedd.</translation>
    </message>
    <message>
        <source>Move trust to a new key, as a key change statement says.</source>
        <translation>Symud ymddiriedaeth i allwedd newydd, fel y dywed datganiad newid allwedd.</translation>
    </message>
    <message>
        <source>Sign vacancies from a CSV file into a bundle.</source>
        <translation>Llofnodi swyddi gwag o ffeil CSV i fwndel.</translation>
    </message>
    <message>
        <source>Sign postcode outcode centres from a CSV file into a bundle.</source>
        <translation>Llofnodi canolau rhannau allanol codau post o ffeil CSV i fwndel.</translation>
    </message>
    <message>
        <source>Sign a skills taxonomy (ESCO or the built-in one) into a bundle.</source>
        <translation>Llofnodi tacsonomeg sgiliau (ESCO neu&apos;r un adeiledig) i fwndel.</translation>
    </message>
    <message>
        <source>Sign courses from a CSV file into a bundle.</source>
        <translation>Llofnodi cyrsiau o ffeil CSV i fwndel.</translation>
    </message>
    <message>
        <source>Sign form definitions into a bundle.</source>
        <translation>Llofnodi diffiniadau ffurflenni i fwndel.</translation>
    </message>
    <message>
        <source>Check a bundle&apos;s signature and import it into the vault.</source>
        <translation>Gwirio llofnod bwndel a&apos;i fewnforio i&apos;r storfa.</translation>
    </message>
    <message>
        <source>Split a bundle into its signed part and a minisign signature.</source>
        <translation>Rhannu bwndel yn ei ran wedi&apos;i llofnodi a llofnod minisign.</translation>
    </message>
    <message>
        <source>List what imports set aside, or write it to a file for the sender.</source>
        <translation>Rhestru&apos;r hyn a roddodd mewnforion o&apos;r neilltu, neu ei ysgrifennu i ffeil ar gyfer yr anfonwr.</translation>
    </message>
    <message>
        <source>Add a colleague&apos;s device to share caseloads with.</source>
        <translation>Ychwanegu dyfais cydweithiwr i rannu llwythi achosion â hi.</translation>
    </message>
    <message>
        <source>List the devices this vault shares caseloads with.</source>
        <translation>Rhestru&apos;r dyfeisiau y mae&apos;r storfa hon yn rhannu llwythi achosion â nhw.</translation>
    </message>
    <message>
        <source>Show what would be sent to a device.</source>
        <translation>Dangos beth fyddai&apos;n cael ei anfon at ddyfais.</translation>
    </message>
    <message>
        <source>Write a caseload bundle encrypted for a device.</source>
        <translation>Ysgrifennu bwndel llwyth achosion wedi&apos;i amgryptio ar gyfer dyfais.</translation>
    </message>
    <message>
        <source>List the changes that clashed when caseloads were merged.</source>
        <translation>Rhestru&apos;r newidiadau a wrthdarodd pan gyfunwyd llwythi achosion.</translation>
    </message>
    <message>
        <source>Settle one of those clashes.</source>
        <translation>Datrys un o&apos;r gwrthdrawiadau hynny.</translation>
    </message>
    <message>
        <source>Show which skills taxonomy the vault uses.</source>
        <translation>Dangos pa dacsonomeg sgiliau y mae&apos;r storfa&apos;n ei defnyddio.</translation>
    </message>
    <message>
        <source>Import an ESCO release into the vault.</source>
        <translation>Mewnforio fersiwn ESCO i&apos;r storfa.</translation>
    </message>
    <message>
        <source>Go back to the built-in UK taxonomy.</source>
        <translation>Mynd yn ôl i dacsonomeg adeiledig y DU.</translation>
    </message>
    <message>
        <source>Show the skill and the occupation a text maps to.</source>
        <translation>Dangos y sgìl a&apos;r alwedigaeth y mae testun yn cyfateb iddynt.</translation>
    </message>
    <message>
        <source>Rank vacancies for a person, people for a vacancy, or vacancies for a file of profiles.</source>
        <translation>Rhestru swyddi gwag ar gyfer person, pobl ar gyfer swydd wag, neu swyddi gwag ar gyfer ffeil o broffiliau.</translation>
    </message>
    <message>
        <source>List the forms that can be filled.</source>
        <translation>Rhestru&apos;r ffurflenni y gellir eu llenwi.</translation>
    </message>
    <message>
        <source>Check a form definition file.</source>
        <translation>Gwirio ffeil diffiniad ffurflen.</translation>
    </message>
    <message>
        <source>Fill a form for a person and write it as a PDF.</source>
        <translation>Llenwi ffurflen ar gyfer person a&apos;i hysgrifennu fel PDF.</translation>
    </message>
    <message>
        <source>Suggest skills and other facts found in a text file.</source>
        <translation>Awgrymu sgiliau a ffeithiau eraill a geir mewn ffeil destun.</translation>
    </message>
    <message>
        <source>How many people to generate.</source>
        <translation>Faint o bobl i&apos;w cynhyrchu.</translation>
    </message>
    <message>
        <source>Also add this many synthetic vacancies in the demo towns.</source>
        <translation>Ychwanegu&apos;r nifer hwn o swyddi gwag synthetig yn y trefi enghreifftiol hefyd.</translation>
    </message>
    <message>
        <source>Random seed (same seed, same caseload).</source>
        <translation>Hedyn ar hap (yr un hedyn, yr un llwyth achosion).</translation>
    </message>
    <message>
        <source>Who keeps the vault.</source>
        <translation>Pwy sy&apos;n cadw&apos;r storfa.</translation>
    </message>
    <message>
        <source>The text file to read suggestions from.</source>
        <translation>Y ffeil destun i ddarllen awgrymiadau ohoni.</translation>
    </message>
    <message>
        <source>Treat every line as its own text.</source>
        <translation>Trin pob llinell fel testun ar wahân.</translation>
    </message>
    <message>
        <source>The titles&apos; language: en (default) or cy.</source>
        <translation>Iaith y teitlau: en (diofyn) neu cy.</translation>
    </message>
    <message>
        <source>The form&apos;s id, as form list shows it.</source>
        <translation>Id y ffurflen, fel y mae form list yn ei ddangos.</translation>
    </message>
    <message>
        <source>A JSON object of field id to answer text.</source>
        <translation>Gwrthrych JSON o id maes i destun ateb.</translation>
    </message>
    <message>
        <source>The PDF&apos;s language: en or cy (default: the person&apos;s preference).</source>
        <translation>Iaith y PDF: en neu cy (diofyn: dewis yr unigolyn).</translation>
    </message>
    <message>
        <source>Write the person&apos;s take-away summary, not the form.</source>
        <translation>Ysgrifennu crynodeb yr unigolyn i fynd adref, nid y ffurflen.</translation>
    </message>
    <message>
        <source>Rank vacancies for this person.</source>
        <translation>Rhestru swyddi gwag ar gyfer y person hwn.</translation>
    </message>
    <message>
        <source>Rank the people on this caseload for this vacancy.</source>
        <translation>Rhestru&apos;r bobl yn y llwyth achosion hwn ar gyfer y swydd wag hon.</translation>
    </message>
    <message>
        <source>Rank vacancies for every profile in a profiles CSV file.</source>
        <translation>Rhestru swyddi gwag ar gyfer pob proffil mewn ffeil CSV proffiliau.</translation>
    </message>
    <message>
        <source>How many results for each person or profile (default 10).</source>
        <translation>Faint o ganlyniadau ar gyfer pob person neu broffil (diofyn 10).</translation>
    </message>
    <message>
        <source>With --profiles: the results CSV file to write.</source>
        <translation>Gyda --profiles: y ffeil CSV canlyniadau i&apos;w hysgrifennu.</translation>
    </message>
    <message>
        <source>With --profiles: print timing and memory figures on stderr.</source>
        <translation>Gyda --profiles: argraffu ffigurau amseru a chof ar stderr.</translation>
    </message>
    <message>
        <source>Only open or closed cases.</source>
        <translation>Achosion agored yn unig neu achosion wedi&apos;u cau yn unig.</translation>
    </message>
    <message>
        <source>Given name.</source>
        <translation>Enw cyntaf.</translation>
    </message>
    <message>
        <source>Family name.</source>
        <translation>Cyfenw.</translation>
    </message>
    <message>
        <source>Confirm the erasure.</source>
        <translation>Cadarnhau&apos;r dileu.</translation>
    </message>
    <message>
        <source>html (default) or json.</source>
        <translation>html (diofyn) neu json.</translation>
    </message>
    <message>
        <source>A name for the device.</source>
        <translation>Enw ar gyfer y ddyfais.</translation>
    </message>
    <message>
        <source>The device, as listed by sync devices.</source>
        <translation>Y ddyfais, fel y&apos;i rhestrir gan sync devices.</translation>
    </message>
    <message>
        <source>Only this person (repeatable).</source>
        <translation>Y person hwn yn unig (gellir ei ailadrodd).</translation>
    </message>
    <message>
        <source>Hand the named people over to that device&apos;s owner.</source>
        <translation>Trosglwyddo&apos;r bobl a enwir i berchennog y ddyfais honno.</translation>
    </message>
    <message>
        <source>The conflict&apos;s number.</source>
        <translation>Rhif y gwrthdaro.</translation>
    </message>
    <message>
        <source>Keep the other device&apos;s value.</source>
        <translation>Cadw gwerth y ddyfais arall.</translation>
    </message>
    <message>
        <source>How hard the passphrase is to guess by trying: moderate (default) or interactive (faster to open, for slow machines).</source>
        <translation>Pa mor anodd yw dyfalu&apos;r cyfrinymadrodd drwy roi cynnig arni: moderate (diofyn) neu interactive (cyflymach i&apos;w agor, ar gyfer peiriannau araf).</translation>
    </message>
    <message>
        <source>Also check the audit heads another device kept of this one (from audit anchors there).</source>
        <translation>Gwiriwch hefyd bennau&apos;r log archwilio a gadwodd dyfais arall o&apos;r un hon (o audit anchors yno).</translation>
    </message>
    <message>
        <source>Only the heads of this device, as listed by sync devices.</source>
        <translation>Dim ond pennau&apos;r ddyfais hon, fel y&apos;u rhestrir gan sync devices.</translation>
    </message>
    <message>
        <source>Write the whole vault into one encrypted backup file.</source>
        <translation>Ysgrifennu&apos;r gladdgell gyfan i un ffeil copi wrth gefn wedi&apos;i hamgryptio.</translation>
    </message>
    <message>
        <source>Restore a backup file into a new vault folder and check it.</source>
        <translation>Adfer ffeil copi wrth gefn i ffolder claddgell newydd a&apos;i gwirio.</translation>
    </message>
    <message>
        <source>Export the audit heads other devices&apos; bundles and receipts carried, for them to check.</source>
        <translation>Allforio pennau&apos;r log archwilio a gariwyd gan fwndeli a derbynebau dyfeisiau eraill, iddynt eu gwirio.</translation>
    </message>
    <message>
        <source>Show what was understood of the open vacancies: occupations, skills and unmapped titles.</source>
        <translation>Dangos beth a ddeallwyd o&apos;r swyddi gwag agored: galwedigaethau, sgiliau a theitlau heb eu cysylltu.</translation>
    </message>
    <message>
        <source>Read again the open vacancies not yet read for the taxonomy in use.</source>
        <translation>Ail-ddarllen y swyddi gwag agored nad ydynt wedi&apos;u darllen eto ar gyfer y tacsonomeg sy&apos;n cael ei defnyddio.</translation>
    </message>
    <message>
        <source>Only the vacancies signed by this key id (as trust list shows it).</source>
        <translation>Dim ond y swyddi gwag a lofnodwyd gan yr allwedd â&apos;r id hwn (fel y mae trust list yn ei ddangos).</translation>
    </message>
    <message>
        <source>key id</source>
        <translation>id allwedd</translation>
    </message>
    <message>
        <source>Show this many of the titles that mapped to nothing (default 10).</source>
        <translation>Dangos cynifer â hyn o&apos;r teitlau na chawsant eu cysylltu â dim (10 yn ddiofyn).</translation>
    </message>
    <message>
        <source>Show the day: appointments, overdue actions, people not contacted lately, unfinished forms, decisions waiting and new vacancies that fit someone.</source>
        <translation>Dangos y diwrnod: apwyntiadau, camau gweithredu hwyr, pobl heb gyswllt yn ddiweddar, ffurflenni heb eu gorffen, penderfyniadau sy&apos;n aros a swyddi gwag newydd sy&apos;n addas i rywun.</translation>
    </message>
    <message>
        <source>The day to show, as YYYY-MM-DD (default today).</source>
        <translation>Y diwrnod i&apos;w ddangos, ar ffurf BBBB-MM-DD (heddiw yn ddiofyn).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>dyddiad</translation>
    </message>
    <message>
        <source>List open cases not contacted for this many weeks or more (default 4).</source>
        <translation>Rhestru achosion agored heb gyswllt ers cymaint â hyn o wythnosau neu fwy (4 yn ddiofyn).</translation>
    </message>
    <message>
        <source>Show the transparency record: what the suggestions do, the data they read and their versions.</source>
        <translation>Dangos y cofnod tryloywder: beth mae&apos;r awgrymiadau&apos;n ei wneud, y data y maent yn ei ddarllen a&apos;u fersiynau.</translation>
    </message>
    <message>
        <source>Count the suggestions shown, accepted, changed and rejected over a period (totals only).</source>
        <translation>Cyfrif yr awgrymiadau a ddangoswyd, a dderbyniwyd, a newidiwyd ac a wrthodwyd dros gyfnod (cyfansymiau yn unig).</translation>
    </message>
    <message>
        <source>The first day of the period (YYYY-MM-DD, UTC).</source>
        <translation>Diwrnod cyntaf y cyfnod (BBBB-MM-DD, UTC).</translation>
    </message>
    <message>
        <source>The last day of the period (YYYY-MM-DD, UTC).</source>
        <translation>Diwrnod olaf y cyfnod (BBBB-MM-DD, UTC).</translation>
    </message>
    <message>
        <source>Also write the table to this CSV file.</source>
        <translation>Ysgrifennu&apos;r tabl i&apos;r ffeil CSV hon hefyd.</translation>
    </message>
    <message>
        <source>List a person&apos;s finished forms, numbered as they are shown.</source>
        <translation>Rhestru ffurflenni gorffenedig unigolyn, wedi&apos;u rhifo fel y&apos;u dangosir.</translation>
    </message>
    <message>
        <source>The device is another of your own (it is sent your form drafts), not a colleague&apos;s or a practice&apos;s.</source>
        <translation>Mae&apos;r ddyfais yn un arall sy&apos;n eiddo i chi (caiff eich drafftiau ffurflenni), nid dyfais cydweithiwr na meddygfa.</translation>
    </message>
    <message>
        <source>List the suggestions shown about one person, as shown, with the decisions taken.</source>
        <translation>Rhestru’r awgrymiadau a ddangoswyd am un person, fel y’u dangoswyd, gyda’r penderfyniadau a wnaed.</translation>
    </message>
    <message>
        <source>Record that the person disagreed with a suggestion, or with the decision on it.</source>
        <translation>Cofnodi bod y person yn anghytuno ag awgrym, neu â’r penderfyniad arno.</translation>
    </message>
    <message>
        <source>List the local partners in the directory.</source>
        <translation>Rhestru&apos;r partneriaid lleol yn y cyfeiriadur.</translation>
    </message>
    <message>
        <source>Add a local partner of your own to the directory.</source>
        <translation>Ychwanegu partner lleol eich hun at y cyfeiriadur.</translation>
    </message>
    <message>
        <source>Remove a partner you added from the directory.</source>
        <translation>Tynnu partner a ychwanegwyd gennych o&apos;r cyfeiriadur.</translation>
    </message>
    <message>
        <source>Refer a person to a local partner, with their consent.</source>
        <translation>Atgyfeirio person at bartner lleol, gyda&apos;u caniatâd.</translation>
    </message>
    <message>
        <source>Record what came of a referral.</source>
        <translation>Cofnodi beth a ddaeth o atgyfeiriad.</translation>
    </message>
    <message>
        <source>List a person&apos;s referrals.</source>
        <translation>Rhestru atgyfeiriadau person.</translation>
    </message>
    <message>
        <source>Record an outreach session held away from the office.</source>
        <translation>Cofnodi sesiwn allgymorth a gynhaliwyd i ffwrdd o&apos;r swyddfa.</translation>
    </message>
    <message>
        <source>List outreach sessions over a period.</source>
        <translation>Rhestru sesiynau allgymorth dros gyfnod.</translation>
    </message>
    <message>
        <source>Check that matching, note suggestions and prefill treat people alike whatever their name, sex, age, health, religion or language (nothing is written).</source>
        <translation>Gwirio bod paru, awgrymiadau o nodiadau a rhag-lenwi yn trin pobl yr un fath beth bynnag fo&apos;u henw, rhyw, oed, iechyd, crefydd neu iaith (nid oes dim yn cael ei ysgrifennu).</translation>
    </message>
    <message>
        <source>Sign a directory of local partners from a CSV file into a bundle.</source>
        <translation>Llofnodi cyfeiriadur o bartneriaid lleol o ffeil CSV i mewn i fwndel.</translation>
    </message>
    <message>
        <source>The partner&apos;s id.</source>
        <translation>Dynodwr y partner.</translation>
    </message>
    <message>
        <source>Only partners whose name, address or hours hold this.</source>
        <translation>Dim ond partneriaid y mae eu henw, eu cyfeiriad neu eu horiau yn cynnwys hyn.</translation>
    </message>
    <message>
        <source>Only partners offering this service (its key).</source>
        <translation>Dim ond partneriaid sy&apos;n cynnig y gwasanaeth hwn (ei allwedd).</translation>
    </message>
    <message>
        <source>key</source>
        <translation>allwedd</translation>
    </message>
    <message>
        <source>Only partners working in this language (en, cy, …).</source>
        <translation>Dim ond partneriaid sy&apos;n gweithio yn yr iaith hon (en, cy, …).</translation>
    </message>
    <message>
        <source>Only this kind of organisation (its key).</source>
        <translation>Dim ond y math hwn o sefydliad (ei allwedd).</translation>
    </message>
    <message>
        <source>Only partners added on this device.</source>
        <translation>Dim ond partneriaid a ychwanegwyd ar y ddyfais hon.</translation>
    </message>
    <message>
        <source>The partner&apos;s name.</source>
        <translation>Enw&apos;r partner.</translation>
    </message>
    <message>
        <source>What kind of organisation: charity, college, library, …</source>
        <translation>Pa fath o sefydliad: charity, college, library, …</translation>
    </message>
    <message>
        <source>The services offered, as keys separated by commas.</source>
        <translation>Y gwasanaethau a gynigir, fel allweddi wedi&apos;u gwahanu gan gomâu.</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>allweddi</translation>
    </message>
    <message>
        <source>Languages worked in, such as en,cy (default en).</source>
        <translation>Ieithoedd gwaith, fel en,cy (rhagosodiad en).</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>codau</translation>
    </message>
    <message>
        <source>Where the partner is.</source>
        <translation>Ble mae&apos;r partner.</translation>
    </message>
    <message>
        <source>The partner&apos;s postcode.</source>
        <translation>Cod post y partner.</translation>
    </message>
    <message>
        <source>When it is open, in words.</source>
        <translation>Pryd mae ar agor, mewn geiriau.</translation>
    </message>
    <message>
        <source>A phone number.</source>
        <translation>Rhif ffôn.</translation>
    </message>
    <message>
        <source>An email address.</source>
        <translation>Cyfeiriad e-bost.</translation>
    </message>
    <message>
        <source>A web address.</source>
        <translation>Cyfeiriad gwe.</translation>
    </message>
    <message>
        <source>How to refer someone, in words.</source>
        <translation>Sut i atgyfeirio rhywun, mewn geiriau.</translation>
    </message>
    <message>
        <source>The partner takes referrals without the person&apos;s consent being recorded (signposting only).</source>
        <translation>Mae&apos;r partner yn derbyn atgyfeiriadau heb i ganiatâd y person gael ei gofnodi (cyfeirio yn unig).</translation>
    </message>
    <message>
        <source>The partners CSV file to read (docs/outreach.md).</source>
        <translation>Y ffeil CSV partneriaid i&apos;w darllen (docs/outreach.md).</translation>
    </message>
    <message>
        <source>A CSV of services to add to the built-in list: key, english, welsh.</source>
        <translation>CSV o wasanaethau i&apos;w hychwanegu at y rhestr adeiledig: key, english, welsh.</translation>
    </message>
    <message>
        <source>The service referred to (its key).</source>
        <translation>Y gwasanaeth yr atgyfeiriwyd ato (ei allwedd).</translation>
    </message>
    <message>
        <source>The day of the referral (default today).</source>
        <translation>Diwrnod yr atgyfeiriad (rhagosodiad heddiw).</translation>
    </message>
    <message>
        <source>The person agreed to this referral; it is recorded as consent beside it.</source>
        <translation>Cytunodd y person i&apos;r atgyfeiriad hwn; caiff ei gofnodi fel caniatâd wrth ei ochr.</translation>
    </message>
    <message>
        <source>Anything the partner should know.</source>
        <translation>Unrhyw beth y dylai&apos;r partner ei wybod.</translation>
    </message>
    <message>
        <source>Do not add an action to the person&apos;s plan.</source>
        <translation>Peidio ag ychwanegu cam at gynllun y person.</translation>
    </message>
    <message>
        <source>The referral&apos;s id.</source>
        <translation>Dynodwr yr atgyfeiriad.</translation>
    </message>
    <message>
        <source>offered, attended, started, completed, did_not_attend or declined.</source>
        <translation>offered, attended, started, completed, did_not_attend neu declined.</translation>
    </message>
    <message>
        <source>When it happened (default today).</source>
        <translation>Pryd y digwyddodd (rhagosodiad heddiw).</translation>
    </message>
    <message>
        <source>Where the session was held.</source>
        <translation>Ble y cynhaliwyd y sesiwn.</translation>
    </message>
    <message>
        <source>The day it was held (default today).</source>
        <translation>Y diwrnod y&apos;i cynhaliwyd (rhagosodiad heddiw).</translation>
    </message>
    <message>
        <source>How long it lasted, in hours (default: as last time).</source>
        <translation>Pa mor hir y parodd, mewn oriau (rhagosodiad: fel y tro diwethaf).</translation>
    </message>
    <message>
        <source>How many people seen for the first time.</source>
        <translation>Faint o bobl a welwyd am y tro cyntaf.</translation>
    </message>
    <message>
        <source>How many people seen before.</source>
        <translation>Faint o bobl a welwyd o&apos;r blaen.</translation>
    </message>
    <message>
        <source>Topics as keys separated by commas: cv_help, job_search, health_work, benefits_signposting, digital_skills (default: as last time).</source>
        <translation>Pynciau fel allweddi wedi&apos;u gwahanu gan gomâu: cv_help, job_search, health_work, benefits_signposting, digital_skills (rhagosodiad: fel y tro diwethaf).</translation>
    </message>
    <message>
        <source>Ids of people seen who are on the caseload, by commas.</source>
        <translation>Dynodwyr y bobl a welwyd sydd ar y llwyth achosion, wedi&apos;u gwahanu gan gomâu.</translation>
    </message>
    <message>
        <source>ids</source>
        <translation>dynodwyr</translation>
    </message>
    <message>
        <source>The first day (YYYY-MM-DD).</source>
        <translation>Y diwrnod cyntaf (BBBB-MM-DD).</translation>
    </message>
    <message>
        <source>The last day (YYYY-MM-DD).</source>
        <translation>Y diwrnod olaf (BBBB-MM-DD).</translation>
    </message>
    <message>
        <source>Print the leaflet for the person instead: what Waymark does, that a person decides, and how to ask for a decision to be looked at again.</source>
        <translation>Argraffu’r daflen i’r person yn lle hynny: beth mae Waymark yn ei wneud, mai person sy’n penderfynu, a sut i ofyn i rywun edrych eto ar benderfyniad.</translation>
    </message>
    <message>
        <source>With --leaflet: as a printable HTML page.</source>
        <translation>Gyda --leaflet: fel tudalen HTML i’w hargraffu.</translation>
    </message>
    <message>
        <source>With --leaflet: en (default) or cy.</source>
        <translation>Gyda --leaflet: en (y rhagosodiad) neu cy.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>iaith</translation>
    </message>
    <message>
        <source>How many people to check, spread over the caseload (default: everyone).</source>
        <translation>Faint o bobl i&apos;w gwirio, wedi&apos;u gwasgaru dros y llwyth achosion (diofyn: pawb).</translation>
    </message>
    <message>
        <source>How many vacancies to check from the vacancy side (default: 10).</source>
        <translation>Faint o swyddi gwag i&apos;w gwirio o ochr y swydd wag (diofyn: 10).</translation>
    </message>
    <message>
        <source>Match without the adjustments people agreed to share, as a coach can.</source>
        <translation>Paru heb yr addasiadau y cytunodd pobl i&apos;w rhannu, fel y gall hyfforddwr.</translation>
    </message>
    <message>
        <source>The suggestion&apos;s id, as person suggestions lists it.</source>
        <translation>Id yr awgrym, fel y mae person suggestions yn ei restru.</translation>
    </message>
    <message>
        <source>What they disagreed with: suggestion (default) or decision.</source>
        <translation>Beth roeddent yn anghytuno ag ef: suggestion (y rhagosodiad) neu decision.</translation>
    </message>
    <message>
        <source>what</source>
        <translation>beth</translation>
    </message>
    <message>
        <source>What the person said, in a few words.</source>
        <translation>Yr hyn a ddywedodd y person, mewn ychydig eiriau.</translation>
    </message>
    <message>
        <source>Replaces the referral&apos;s notes.</source>
        <translation>Yn disodli nodiadau’r atgyfeiriad.</translation>
    </message>
    <message>
        <source>List the young people in the youth guarantee&apos;s age band, overdue offers first.</source>
        <translation>Rhestru&apos;r bobl ifanc ym mand oedran y warant i bobl ifanc, gyda chynigion hwyr yn gyntaf.</translation>
    </message>
    <message>
        <source>Record an offer of work, education or training made to a young person.</source>
        <translation>Cofnodi cynnig o waith, addysg neu hyfforddiant a wnaed i berson ifanc.</translation>
    </message>
    <message>
        <source>List offers proposed from a person&apos;s plan, referrals and shortlisted vacancies.</source>
        <translation>Rhestru cynigion a awgrymir o gynllun person, ei atgyfeiriadau a&apos;r swyddi gwag ar ei restr fer.</translation>
    </message>
    <message>
        <source>Show or change the youth guarantee&apos;s age band and weeks to an offer.</source>
        <translation>Dangos neu newid band oedran y warant i bobl ifanc a nifer yr wythnosau hyd at gynnig.</translation>
    </message>
    <message>
        <source>List employers: your own and those in open vacancies.</source>
        <translation>Rhestru cyflogwyr: eich rhai chi a&apos;r rhai mewn swyddi gwag agored.</translation>
    </message>
    <message>
        <source>Add an employer of your own.</source>
        <translation>Ychwanegu cyflogwr o&apos;ch eiddo chi.</translation>
    </message>
    <message>
        <source>Show an employer&apos;s summary, contacts and engagements.</source>
        <translation>Dangos crynodeb cyflogwr, ei gysylltiadau a&apos;i ymgysylltiadau.</translation>
    </message>
    <message>
        <source>Log a call, visit, job fair, work trial or vacancy sourced with an employer.</source>
        <translation>Cofnodi galwad, ymweliad, ffair swyddi, treial gwaith neu swydd wag a ganfuwyd gyda chyflogwr.</translation>
    </message>
    <message>
        <source>Add someone to speak to at an employer.</source>
        <translation>Ychwanegu rhywun i siarad ag ef neu hi mewn cyflogwr.</translation>
    </message>
    <message>
        <source>Put a person forward for a vacancy, with their consent.</source>
        <translation>Enwebu unigolyn ar gyfer swydd wag, gyda&apos;i ganiatâd.</translation>
    </message>
    <message>
        <source>Record what came of putting a person forward.</source>
        <translation>Cofnodi beth ddaeth o enwebu unigolyn.</translation>
    </message>
    <message>
        <source>Count outreach sessions, people seen and referrals over a period, small numbers hidden.</source>
        <translation>Cyfrif sesiynau allgymorth, y bobl a welwyd ac atgyfeiriadau dros gyfnod, gyda niferoedd bach wedi’u cuddio.</translation>
    </message>
    <message>
        <source>Write this vault&apos;s counts for a period as a report bundle sealed to an admin&apos;s vault.</source>
        <translation>Ysgrifennu cyfrifon y gladdgell hon am gyfnod fel bwndel adroddiad wedi’i selio i gladdgell gweinyddwr.</translation>
    </message>
    <message>
        <source>Add up report bundles from many devices, then hide small numbers in the sum.</source>
        <translation>Adio bwndeli adroddiad o lawer o ddyfeisiau, yna cuddio niferoedd bach yn y cyfanswm.</translation>
    </message>
    <message>
        <source>The employer&apos;s id (from employer list).</source>
        <translation>Dynodydd y cyflogwr (o employer list).</translation>
    </message>
    <message>
        <source>Only employers whose name or address holds this.</source>
        <translation>Dim ond cyflogwyr y mae hyn yn eu henw neu eu cyfeiriad.</translation>
    </message>
    <message>
        <source>Only employers added on this device.</source>
        <translation>Dim ond cyflogwyr a ychwanegwyd ar y ddyfais hon.</translation>
    </message>
    <message>
        <source>Only employers with open vacancies now.</source>
        <translation>Dim ond cyflogwyr sydd â swyddi gwag agored nawr.</translation>
    </message>
    <message>
        <source>The employer&apos;s name.</source>
        <translation>Enw&apos;r cyflogwr.</translation>
    </message>
    <message>
        <source>Where the employer is.</source>
        <translation>Ble mae&apos;r cyflogwr.</translation>
    </message>
    <message>
        <source>The employer&apos;s postcode.</source>
        <translation>Cod post y cyflogwr.</translation>
    </message>
    <message>
        <source>Anything worth knowing about the employer.</source>
        <translation>Unrhyw beth sy&apos;n werth ei wybod am y cyflogwr.</translation>
    </message>
    <message>
        <source>What happened: called, visited, job_fair, work_trial or vacancy_sourced.</source>
        <translation>Beth ddigwyddodd: called, visited, job_fair, work_trial neu vacancy_sourced.</translation>
    </message>
    <message>
        <source>The day it happened (default today).</source>
        <translation>Y diwrnod y digwyddodd (heddiw yn ddiofyn).</translation>
    </message>
    <message>
        <source>A short note of what came of it.</source>
        <translation>Nodyn byr o&apos;r hyn a ddaeth ohono.</translation>
    </message>
    <message>
        <source>The contact&apos;s name.</source>
        <translation>Enw&apos;r cyswllt.</translation>
    </message>
    <message>
        <source>Their role, such as store manager.</source>
        <translation>Eu rôl, fel rheolwr siop.</translation>
    </message>
    <message>
        <source>The vacancy&apos;s id.</source>
        <translation>Dynodydd y swydd wag.</translation>
    </message>
    <message>
        <source>The person agreed to their details going to the employer for this job; it is recorded as consent beside it. Required.</source>
        <translation>Cytunodd yr unigolyn i&apos;w fanylion fynd i&apos;r cyflogwr ar gyfer y swydd hon; caiff ei gofnodi fel caniatâd wrth ei ochr. Mae&apos;n ofynnol.</translation>
    </message>
    <message>
        <source>The day they were put forward (default today).</source>
        <translation>Y diwrnod y cawson nhw eu henwebu (heddiw yn ddiofyn).</translation>
    </message>
    <message>
        <source>Anything worth keeping about it.</source>
        <translation>Unrhyw beth sy&apos;n werth ei gadw amdano.</translation>
    </message>
    <message>
        <source>The put-forward&apos;s id.</source>
        <translation>Dynodydd yr enwebiad.</translation>
    </message>
    <message>
        <source>put_forward, interview, started, not_selected or withdrew.</source>
        <translation>put_forward, interview, started, not_selected neu withdrew.</translation>
    </message>
    <message>
        <source>The first day of the period, as YYYY-MM-DD.</source>
        <translation>Diwrnod cyntaf y cyfnod, ar y ffurf YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The last day of the period, as YYYY-MM-DD.</source>
        <translation>Diwrnod olaf y cyfnod, ar y ffurf YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Also write the report, as shown (small numbers hidden), to a CSV file.</source>
        <translation>Ysgrifennu’r adroddiad hefyd, fel y’i dangosir (niferoedd bach wedi’u cuddio), i ffeil CSV.</translation>
    </message>
    <message>
        <source>The admin&apos;s vault key (.pub, from key export --minisign) the report is sealed to: only that vault can read it.</source>
        <translation>Allwedd claddgell y gweinyddwr (.pub, o key export --minisign) y mae’r adroddiad wedi’i selio iddi: dim ond y gladdgell honno all ei ddarllen.</translation>
    </message>
    <message>
        <source>The day to list as at (default today).</source>
        <translation>Y diwrnod i&apos;r rhestr fod yn gywir ar ei gyfer (diofyn: heddiw).</translation>
    </message>
    <message>
        <source>job, apprenticeship, training or work_experience.</source>
        <translation>job, apprenticeship, training neu work_experience.</translation>
    </message>
    <message>
        <source>The day the offer was made (default today).</source>
        <translation>Y diwrnod y gwnaed y cynnig (diofyn: heddiw).</translation>
    </message>
    <message>
        <source>Where it came from: plan, referral, shortlist or other (the default).</source>
        <translation>O ble y daeth: plan, referral, shortlist neu other (y diofyn).</translation>
    </message>
    <message>
        <source>The plan action&apos;s or referral&apos;s id, or the shortlisted vacancy&apos;s id.</source>
        <translation>Dynodwr y cam gweithredu yn y cynllun neu&apos;r atgyfeiriad, neu ddynodwr y swydd wag ar y rhestr fer.</translation>
    </message>
    <message>
        <source>What was offered, in a few words.</source>
        <translation>Beth a gynigiwyd, mewn ychydig eiriau.</translation>
    </message>
    <message>
        <source>accepted or declined, when known.</source>
        <translation>accepted neu declined, pan fydd yn hysbys.</translation>
    </message>
    <message>
        <source>The youngest age in the band.</source>
        <translation>Yr oedran ieuengaf yn y band.</translation>
    </message>
    <message>
        <source>The oldest age in the band.</source>
        <translation>Yr oedran hynaf yn y band.</translation>
    </message>
    <message>
        <source>Weeks from joining the guarantee to the offer&apos;s due-by date.</source>
        <translation>Nifer yr wythnosau o ymuno â&apos;r warant hyd at y dyddiad y mae&apos;r cynnig yn ddyledus.</translation>
    </message>
    <message>
        <source>A file of vacancy ids to withdraw, one a line (a bundle of changes; --csv is then optional).</source>
        <translation>Ffeil o ddynodwyr swyddi gwag i&apos;w tynnu&apos;n ôl, un ar bob llinell (bwndel o newidiadau; mae --csv yn ddewisol wedyn).</translation>
    </message>
    <message>
        <source>A field, e.g. postcode=CF10 1EP (repeatable).</source>
        <translation>Maes, e.e. postcode=CF10 1EP (gellir ei ailadrodd).</translation>
    </message>
    <message>
        <source>Add a record to a person&apos;s case: a job goal, work history, a skill…</source>
        <translation>Ychwanegu cofnod at achos person: nod swydd, hanes gwaith, sgil…</translation>
    </message>
    <message>
        <source>Change fields of a record, or of a person&apos;s own details.</source>
        <translation>Newid meysydd cofnod, neu fanylion y person ei hun.</translation>
    </message>
    <message>
        <source>Add a note to a person&apos;s case and list the suggestions read from it.</source>
        <translation>Ychwanegu nodyn at achos person a rhestru&apos;r awgrymiadau a ddarllenwyd ohono.</translation>
    </message>
    <message>
        <source>List the suggestions read from a saved note, numbered.</source>
        <translation>Rhestru&apos;r awgrymiadau a ddarllenwyd o nodyn a gadwyd, wedi&apos;u rhifo.</translation>
    </message>
    <message>
        <source>Accept one suggestion from a note: it is written to the case.</source>
        <translation>Derbyn un awgrym o nodyn: caiff ei ysgrifennu at yr achos.</translation>
    </message>
    <message>
        <source>Reject one suggestion from a note: nothing is written to the case.</source>
        <translation>Gwrthod un awgrym o nodyn: nid ysgrifennir dim at yr achos.</translation>
    </message>
    <message>
        <source>The note&apos;s id, as note add printed it.</source>
        <translation>Dynodwr y nodyn, fel yr argraffodd note add ef.</translation>
    </message>
    <message>
        <source>What the note says.</source>
        <translation>Beth mae&apos;r nodyn yn ei ddweud.</translation>
    </message>
    <message>
        <source>The suggestion&apos;s number, as listed.</source>
        <translation>Rhif yr awgrym, fel y&apos;i rhestrwyd.</translation>
    </message>
    <message>
        <source>The value to keep instead of the one suggested (an edit).</source>
        <translation>Y gwerth i&apos;w gadw yn lle&apos;r un a awgrymwyd (golygiad).</translation>
    </message>
    <message>
        <source>The kind of record, e.g. work_history.</source>
        <translation>Y math o gofnod, e.e. work_history.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>math</translation>
    </message>
    <message>
        <source>The record&apos;s id (a person&apos;s id for their own details).</source>
        <translation>Dynodwr y cofnod (dynodwr person ar gyfer ei fanylion ei hun).</translation>
    </message>
    <message>
        <source>Shortlist a vacancy in a person&apos;s plan, or record that it was discussed with them.</source>
        <translation>Rhoi swydd wag ar y rhestr fer yng nghynllun person, neu gofnodi iddi gael ei thrafod gyda nhw.</translation>
    </message>
    <message>
        <source>The vacancy&apos;s id, as match lists it.</source>
        <translation>Dynodwr y swydd wag, fel y mae match yn ei restru.</translation>
    </message>
    <message>
        <source>Record that it was discussed with the person instead.</source>
        <translation>Cofnodi iddi gael ei thrafod gyda&apos;r person yn lle hynny.</translation>
    </message>
    <message>
        <source>Also finish the form and sign it off as the vault&apos;s owner: kept in the vault as a version that cannot change, and sent with the case when caseloads sync. --out is then optional.</source>
        <translation>Gorffen y ffurflen hefyd a&apos;i chymeradwyo fel perchennog y gladdgell: fe&apos;i cedwir yn y gladdgell fel fersiwn na ellir ei newid, a&apos;i hanfon gyda&apos;r achos pan fydd llwythi achosion yn cysoni. Mae --out yn ddewisol wedyn.</translation>
    </message>
</context>
</TS>
