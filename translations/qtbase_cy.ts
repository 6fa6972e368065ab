<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>Dewis y c&amp;yfan</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>Cam i &amp;fyny</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Cam i &amp;lawr</translation>
    </message>
</context>
<context>
    <name>QAccessibleActionInterface</name>
    <message>
        <source>Press</source>
        <translation>Pwyso</translation>
    </message>
    <message>
        <source>Shows the menu</source>
        <translation>Yn dangos y ddewislen</translation>
    </message>
    <message>
        <source>Scrolls to the left</source>
        <translation>Yn sgrolio i&apos;r chwith</translation>
    </message>
    <message>
        <source>Scroll Down</source>
        <translation>Sgrolio i lawr</translation>
    </message>
    <message>
        <source>Scroll Left</source>
        <translation>Sgrolio i&apos;r chwith</translation>
    </message>
    <message>
        <source>Goes back a page</source>
        <translation>Yn mynd yn ôl dudalen</translation>
    </message>
    <message>
        <source>Triggers the action</source>
        <translation>Yn cyflawni&apos;r weithred</translation>
    </message>
    <message>
        <source>Increase</source>
        <translation>Cynyddu</translation>
    </message>
    <message>
        <source>Toggle</source>
        <translation>Toglo</translation>
    </message>
    <message>
        <source>Toggles the state</source>
        <translation>Yn toglo&apos;r cyflwr</translation>
    </message>
    <message>
        <source>Scrolls up</source>
        <translation>Yn sgrolio i fyny</translation>
    </message>
    <message>
        <source>Scrolls down</source>
        <translation>Yn sgrolio i lawr</translation>
    </message>
    <message>
        <source>Scroll Up</source>
        <translation>Sgrolio i fyny</translation>
    </message>
    <message>
        <source>Goes to the next page</source>
        <translation>Yn mynd i&apos;r dudalen nesaf</translation>
    </message>
    <message>
        <source>Scrolls to the right</source>
        <translation>Yn sgrolio i&apos;r dde</translation>
    </message>
    <message>
        <source>Increase the value</source>
        <translation>Yn cynyddu&apos;r gwerth</translation>
    </message>
    <message>
        <source>Decrease the value</source>
        <translation>Yn lleihau&apos;r gwerth</translation>
    </message>
    <message>
        <source>Decrease</source>
        <translation>Lleihau</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Sgrolio i&apos;r dde</translation>
    </message>
    <message>
        <source>Previous Page</source>
        <translation>Tudalen flaenorol</translation>
    </message>
    <message>
        <source>Sets the focus</source>
        <translation>Yn rhoi&apos;r ffocws</translation>
    </message>
    <message>
        <source>SetFocus</source>
        <translation>Rhoi ffocws</translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation>Tudalen nesaf</translation>
    </message>
    <message>
        <source>ShowMenu</source>
        <translation>Dangos dewislen</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <source>True</source>
        <translation>Gwir</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Gau</translation>
    </message>
    <message>
        <source>Open the combo box selection popup</source>
        <translation>Agor y rhestr ddewis</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Opsiynau anhysbys: %1.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Opsiwn anhysbys &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[opsiynau]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opsiynau:</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Dangos cymorth, gan gynnwys opsiynau sy&apos;n benodol i Qt.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Defnydd: %1</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Dangos cymorth ar opsiynau&apos;r llinell orchymyn.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Gwerth annisgwyl ar ôl &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Dangos gwybodaeth am y fersiwn.</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Dadleuon:</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Dim gwerth ar ôl &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Job</source>
        <translation>Tasg argraffu</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Diwedd:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>Banner Pages</source>
        <translation>Tudalennau baner</translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation>Nos (18:00 i 05:59)</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>Amser penodol</translation>
    </message>
    <message>
        <source>Billing information:</source>
        <translation>Gwybodaeth bilio:</translation>
    </message>
    <message>
        <source>Scheduled printing:</source>
        <translation>Pryd i argraffu:</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Dirgel</translation>
    </message>
    <message>
        <source>Top Secret</source>
        <translation>Dirgel iawn</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Dechrau:</translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation>Dydd (06:00 i 17:59)</translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>Ail shifft (16:00 i 23:59)</translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation>Rheoli&apos;r dasg</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>Penwythnos (dydd Sadwrn i ddydd Sul)</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Safonol</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>Dosbarthedig</translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>Trydedd shifft (00:00 i 07:59)</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>Dal heb derfyn</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>Argraffu ar unwaith</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Cyfrinachol</translation>
    </message>
    <message>
        <source>Job priority:</source>
        <translation>Blaenoriaeth y dasg:</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Heb ei ddosbarthu</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Ffeiliau</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Dangos </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>Does dim modd newid &apos;%1&apos;.
Ydych chi am ddileu &apos;%1&apos; beth bynnag?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Ydych chi&apos;n siŵr eich bod am ddileu &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Rhestr o leoedd a nodau tudalen</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Enw&apos;r ffeil:</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Ffolder newydd</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Ffolder uwch</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Ffolder &amp;newydd</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Edrych yn:</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Creu ffolder newydd</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Ffeiliau o&apos;r math:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Dewis ffolder</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Dangos ffeiliau &amp;cudd</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Cadw fel</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Dim ffolder o&apos;r enw hwn.
Gwiriwch fod enw&apos;r ffolder yn gywir.</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Bar ochr</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Golwg rhestr</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Dewis</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Dileu</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Pob ffeil (*)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Ffolderi</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Ailenwi</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Methu dileu&apos;r ffolder.</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Ffolder:</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>Mae %1 yn bodoli&apos;n barod.
Ydych chi am roi&apos;r un newydd yn ei le?</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Ymlaen</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Mynd ymlaen</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Mynd i&apos;r ffolder uwch</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Lleoedd diweddar</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Mynd yn ôl</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Newid i&apos;r golwg manylion</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Creu ffolder newydd</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Golwg manylion</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Dim ffeil o&apos;r enw hwn.
Gwiriwch fod enw&apos;r ffeil yn gywir.</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Newid i&apos;r golwg rhestr</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Cyfrifiadur</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Dyddiad newid</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Iawn</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Ca&amp;u</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Cau heb gadw</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>C&amp;anslo</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dewis y cyfan</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Dangos y manylion…</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Cuddio&apos;r manylion…</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Ynghylch Qt</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>DD</source>
        <translation>DD</translation>
    </message>
    <message>
        <source>in</source>
        <translation>mod</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>pt</source>
        <translation>pt</translation>
    </message>
    <message>
        <source>P̸</source>
        <translation>P̸</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Ffurflen</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>ymyl isaf</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papur</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Ffynhonnell y papur:</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>ymyl dde</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation>Pica (P̸)</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Ymylon</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Wedi&apos;i addasu</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Tirwedd</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Gosodiad y dudalen</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Lled:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Cyfeiriadedd</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation>Didot (DD)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portread</translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation>Trefn y tudalennau:</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>ymyl uchaf</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>ymyl chwith</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Maint y dudalen:</translation>
    </message>
    <message>
        <source>Cicero (CC)</source>
        <translation>Cicero (CC)</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Portread wyneb i waered</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Milimetrau (mm)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Pwyntiau (pt)</translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation>Tudalennau ar bob dalen:</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Modfeddi (mod)</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Tirwedd wyneb i waered</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Uchder:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Rhoi&apos;r gorau iddi</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Rhoi ar waith</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Ailosod</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ceisio eto</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Adfer y rhagosodiadau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Anwybyddu</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;a i bob un</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Cadw&apos;r cyfan</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Taflu</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ie i &amp;bob un</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Even Pages</source>
        <translation>Tudalennau eilrif</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Tudalennau odrif</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Pob tudalen</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Argraffu</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Opsiynau &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Opsiynau &gt;&gt;</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>O&apos;r chwith i&apos;r dde, o&apos;r brig i&apos;r gwaelod</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>O&apos;r dde i&apos;r chwith, o&apos;r gwaelod i&apos;r brig</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>O&apos;r chwith i&apos;r dde, o&apos;r gwaelod i&apos;r brig</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>O&apos;r dde i&apos;r chwith, o&apos;r brig i&apos;r gwaelod</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>O&apos;r gwaelod i&apos;r brig, o&apos;r chwith i&apos;r dde</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>O&apos;r gwaelod i&apos;r brig, o&apos;r dde i&apos;r chwith</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>O&apos;r brig i&apos;r gwaelod, o&apos;r chwith i&apos;r dde</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>O&apos;r brig i&apos;r gwaelod, o&apos;r dde i&apos;r chwith</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Ysgrifennu ffeil PDF</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Argraffu</translation>
    </message>
    <message>
        <source>1 (1x1)</source>
        <translation>1 (1x1)</translation>
    </message>
    <message>
        <source>2 (2x1)</source>
        <translation>2 (2x1)</translation>
    </message>
    <message>
        <source>4 (2x2)</source>
        <translation>4 (2x2)</translation>
    </message>
    <message>
        <source>6 (2x3)</source>
        <translation>6 (2x3)</translation>
    </message>
    <message>
        <source>9 (3x3)</source>
        <translation>9 (3x3)</translation>
    </message>
    <message>
        <source>16 (4x4)</source>
        <translation>16 (4x4)</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>Ni ellir defnyddio&apos;r opsiynau &apos;Tudalennau ar bob dalen&apos; a &apos;Set o dudalennau&apos; gyda&apos;i gilydd.
Diffoddwch un ohonynt.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>Mae %1 yn bodoli&apos;n barod.
Ydych chi am ysgrifennu drosto?</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Ffeil leol</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>Mae&apos;r gosodiadau argraffu dwy ochr yn gwrthdaro. Ydych chi am eu cywiro?</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Argraffu i ffeil (PDF)</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>Argraffu i ffeil ...</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Tudalennau annilys</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>Nid yw %1 yn dilyn y drefn gywir. Defnyddiwch &apos;,&apos; i wahanu ystodau a thudalennau, a &apos;-&apos; i nodi ystod, a gwnewch yn siŵr nad yw&apos;r ystodau&apos;n gorgyffwrdd.</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>Gosodiadau argraffu dwy ochr yn gwrthdaro</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>Ffolder yw %1.
Dewiswch enw ffeil gwahanol.</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>Does dim modd ysgrifennu i&apos;r ffeil %1.
Dewiswch enw ffeil gwahanol.</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation>Opsiynau uwch yn gwrthdaro</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>Opsiynau&apos;r dasg argraffu</translation>
    </message>
    <message>
        <source>Page Setup Conflicts</source>
        <translation>Gosodiadau tudalen yn gwrthdaro</translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>Mae rhai opsiynau uwch yn gwrthdaro. Ydych chi am eu cywiro?</translation>
    </message>
    <message>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>Mae rhai o osodiadau&apos;r dudalen yn gwrthdaro. Ydych chi am eu cywiro?</translation>
    </message>
    <message>
        <source>Printer Properties</source>
        <translation>Priodweddau&apos;r argraffydd</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Form</source>
        <translation>Ffurflen</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Tudalen</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Mae rhai opsiynau&apos;n gwrthdaro. Cywirwch nhw.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Uwch</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>to</source>
        <translation>i</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Ffurflen</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Lliw</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Argraffu&apos;r cyfan</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Tudalennau</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Y dudalen hon</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Y dewis</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copïau</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Beth i&apos;w argraffu</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Modd lliw</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opsiynau</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Gosodiadau allbwn</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Trefn o chwith</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Graddlwyd</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Coladu</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Nifer y copïau:</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Rhwymo ar yr ochr fer</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Rhowch dudalennau neu ystodau, wedi&apos;u gwahanu gan atalnodau. Mae ystod yn ddau rif gyda chysylltnod rhyngddynt. Er enghraifft, mae 3,5-7,9 yn argraffu tudalennau 3, 5, 6, 7 a 9.</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Tudalennau o</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Argraffu ar y ddwy ochr</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>Set o dudalennau:</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Rhwymo ar yr ochr hir</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Ffurflen</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Math:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>&amp;Ffeil allbwn:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>&amp;Priodweddau</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Rhagolwg</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Argraffydd</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Lleoliad:</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Scroll here</source>
        <translation>Sgrolio i fan hyn</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Brig</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Gwaelod</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>Ymyl chwith</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>Ymyl dde</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>Tudalen i fyny</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>Tudalen i lawr</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>Tudalen i&apos;r chwith</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>Tudalen i&apos;r dde</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Sgrolio i fyny</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Sgrolio i lawr</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Sgrolio i&apos;r chwith</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Sgrolio i&apos;r dde</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Sgrolio i&apos;r chwith</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Sgrolio i&apos;r dde</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dewis y cyfan</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copïo cyfeiriad y &amp;ddolen</translation>
    </message>
</context>
</TS>
