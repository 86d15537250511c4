<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Analyzer</name>
    <message>
        <source>Opening %1</source>
        <translation>%1 wird geöffnet</translation>
    </message>
    <message>
        <source>Reading compressed archive %1</source>
        <translation>Komprimiertes Archiv %1 wird gelesen</translation>
    </message>
    <message>
        <source>Hashing evidence and reading layers</source>
        <translation>Beweismittel werden gehasht und Layer gelesen</translation>
    </message>
    <message>
        <source>Stacking layers of %1</source>
        <translation>Layer von %1 werden gestapelt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Layer %1/%2: %3</source>
        <translation>Layer %1/%2: %3</translation>
    </message>
    <message>
        <source>Reading data root copy %1</source>
        <translation>Kopie des Datenverzeichnisses %1 wird gelesen</translation>
    </message>
    <message>
        <source>Running the checks</source>
        <translation>Prüfungen laufen</translation>
    </message>
    <message>
        <source>Reading package databases</source>
        <translation>Paketdatenbanken werden gelesen</translation>
    </message>
    <message>
        <source>Reading the vulnerability database %1</source>
        <translation>Schwachstellendatenbank %1 wird gelesen</translation>
    </message>
    <message>
        <source>Verifying the acquisition manifest of %1</source>
        <translation>Sicherungsmanifest von %1 wird verifiziert</translation>
    </message>
</context>
<context>
    <name>CaseTargets</name>
    <message>
        <source>evidence %1</source>
        <translation>Beweismittel %1</translation>
    </message>
    <message>
        <source>container %1</source>
        <translation>Container %1</translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>Image %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>Layer %1</translation>
    </message>
</context>
<context>
    <name>ChainCheck</name>
    <message>
        <source>entry %1 follows entry %2: entries are missing</source>
        <translation>Eintrag %1 folgt auf Eintrag %2: Einträge fehlen</translation>
    </message>
    <message>
        <source>entry %1 does not name the hash of entry %2</source>
        <translation>Eintrag %1 nennt nicht den Hash von Eintrag %2</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written (its hash does not match its contents)</source>
        <translation>Eintrag %1 wurde nach dem Schreiben geändert (sein Hash passt nicht zu seinem Inhalt)</translation>
    </message>
    <message>
        <source>the log ends at entry %1 but the case recorded entry %2 as its last: entries were removed</source>
        <translation>das Log endet bei Eintrag %1, der Fall hat aber Eintrag %2 als letzten erfasst: Einträge wurden entfernt</translation>
    </message>
    <message>
        <source>evidence item %1 (%2) differs from its intake record in the audit log</source>
        <translation>Beweismittel %1 (%2) weicht von seinem Aufnahmeeintrag im Audit-Log ab</translation>
    </message>
    <message>
        <source>evidence item %1 recorded in the audit log is missing from the case</source>
        <translation>das im Audit-Log erfasste Beweismittel %1 fehlt im Fall</translation>
    </message>
    <message>
        <source>verification %1 differs from its record in the audit log</source>
        <translation>Verifizierung %1 weicht von ihrem Eintrag im Audit-Log ab</translation>
    </message>
    <message>
        <source>verification %1 recorded in the audit log is missing from the case</source>
        <translation>die im Audit-Log erfasste Verifizierung %1 fehlt im Fall</translation>
    </message>
</context>
<context>
    <name>CiEvaluator</name>
    <message>
        <source>line without a key: %1</source>
        <translation>Zeile ohne Schlüssel: %1</translation>
    </message>
    <message>
        <source>rule disabled</source>
        <translation>Regel deaktiviert</translation>
    </message>
    <message>
        <source>invalid config value (&apos;%1&apos;)</source>
        <translation>ungültiger Konfigurationswert („%1“)</translation>
    </message>
    <message>
        <source>too many bytes wasted, relative to the user bytes added (%-user-wasted-bytes=%1 &gt; threshold=%2)</source>
        <translation>zu viele verschwendete Bytes im Verhältnis zu den vom Nutzer hinzugefügten Bytes (%-user-wasted-bytes=%1 &gt; Schwellenwert=%2)</translation>
    </message>
    <message>
        <source>too many bytes wasted (wasted-bytes=%1 &gt; threshold=%2)</source>
        <translation>zu viele verschwendete Bytes (wasted-bytes=%1 &gt; Schwellenwert=%2)</translation>
    </message>
    <message>
        <source>image efficiency is too low (efficiency=%1 &lt; threshold=%2)</source>
        <translation>Image-Effizienz ist zu niedrig (efficiency=%1 &lt; Schwellenwert=%2)</translation>
    </message>
</context>
<context>
    <name>ContainerAssembler</name>
    <message>
        <source>container init layer (/etc/hosts, /etc/resolv.conf, …)</source>
        <translation>Init-Schicht des Containers (/etc/hosts, /etc/resolv.conf, …)</translation>
    </message>
    <message>
        <source>container read-write layer: the changes made while it ran</source>
        <translation>Lese-/Schreib-Layer des Containers: die während seiner Laufzeit vorgenommenen Änderungen</translation>
    </message>
    <message>
        <source>read-write layer %1 compared with the layers below, as docker diff</source>
        <translation>Lese-/Schreib-Layer %1 im Vergleich mit den darunterliegenden Layern, wie bei docker diff</translation>
    </message>
    <message>
        <source>read-write layer alone (the image is not in this data root: added and changed cannot be told apart)</source>
        <translation>nur der Lese-/Schreib-Layer (das Image ist nicht in diesem Datenverzeichnis: Hinzugefügtes und Geändertes lassen sich nicht unterscheiden)</translation>
    </message>
    <message>
        <source>docker diff output %1</source>
        <translation>docker-diff-Ausgabe %1</translation>
    </message>
    <message>
        <source>export %1 compared with image %2 (estimated)</source>
        <translation>Export %1 im Vergleich mit Image %2 (geschätzt)</translation>
    </message>
</context>
<context>
    <name>Diagnostic</name>
    <message>
        <source>cannot open the evidence: %1</source>
        <translation>Beweismittel kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>evidence not found</source>
        <translation>Beweismittel nicht gefunden</translation>
    </message>
    <message>
        <source>unknown evidence format: not an image archive, OCI layout, container export, inspect output or log</source>
        <translation>unbekanntes Beweismittelformat: weder Image-Archiv noch OCI-Layout, Container-Export, inspect-Ausgabe oder Log</translation>
    </message>
    <message>
        <source>unknown evidence folder: no OCI layout, docker save contents or Docker data root found</source>
        <translation>unbekannter Beweismittelordner: weder OCI-Layout noch Inhalt von docker save noch Docker-Datenverzeichnis gefunden</translation>
    </message>
    <message>
        <source>integrity: %1 is %2 but %3 says %4</source>
        <translation>Integrität: %1 ist %2, laut %3 aber %4</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>layer %1 is a foreign layer (%2, %3) that the archive does not include</source>
        <translation>Layer %1 ist ein Fremd-Layer (%2, %3), den das Archiv nicht enthält</translation>
    </message>
    <message>
        <source>layer %1 digest uses another algorithm (%2); only its diff_id is verified</source>
        <translation>Digest von Layer %1 verwendet einen anderen Algorithmus (%2); nur seine diff_id wird verifiziert</translation>
    </message>
    <message>
        <source>whiteout for a path that no lower layer has</source>
        <translation>Whiteout für einen Pfad, den kein tieferer Layer enthält</translation>
    </message>
    <message>
        <source>%1 more whiteouts for paths that no lower layer has</source>
        <translation>weitere Whiteouts für Pfade, die kein tieferer Layer enthält: %1</translation>
    </message>
    <message>
        <source>hard link to &quot;%1&quot;, which does not exist</source>
        <translation>Hardlink auf das nicht vorhandene Ziel „%1“</translation>
    </message>
    <message>
        <source>gzip checksum (CRC-32) mismatch</source>
        <translation>gzip-Prüfsumme (CRC-32) stimmt nicht überein</translation>
    </message>
    <message>
        <source>corrupt gzip data (ISA-L error %1)</source>
        <translation>beschädigte gzip-Daten (ISA-L-Fehler %1)</translation>
    </message>
    <message>
        <source>truncated gzip stream: the compressed data ends inside gzip member %1</source>
        <translation>abgeschnittener gzip-Datenstrom: Die komprimierten Daten enden innerhalb von gzip-Member %1</translation>
    </message>
    <message>
        <source>%1 bytes of trailing data after the gzip stream at offset %2</source>
        <translation>%1 Bytes nachfolgende Daten nach dem gzip-Datenstrom bei Offset %2</translation>
    </message>
    <message>
        <source>truncated zstd stream</source>
        <translation>abgeschnittener zstd-Datenstrom</translation>
    </message>
    <message>
        <source>corrupt zstd data: %1</source>
        <translation>beschädigte zstd-Daten: %1</translation>
    </message>
    <message>
        <source>corrupt %1 data: %2</source>
        <translation>beschädigte %1-Daten: %2</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>Lesefehler: %1</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>reading was cancelled</source>
        <translation>Lesen wurde abgebrochen</translation>
    </message>
    <message>
        <source>a directory</source>
        <translation>ein Verzeichnis</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>ein symbolischer Link</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>ein Zeichengerät</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>ein Blockgerät</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>eine benannte Pipe</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>eine Spezialdatei</translation>
    </message>
    <message>
        <source>sparse file of %1 bytes whose holes exceed %2 bytes: its content was not read</source>
        <translation>Sparse-Datei mit %1 Bytes, deren Lücken %2 Bytes überschreiten: Ihr Inhalt wurde nicht gelesen</translation>
    </message>
    <message>
        <source>cannot write the copy: %1</source>
        <translation>Kopie kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>damaged tar archive inside the data of this file (declared %1 bytes, %2 read): %3</source>
        <translation>beschädigtes tar-Archiv in den Daten dieser Datei (%1 Bytes deklariert, %2 gelesen): %3</translation>
    </message>
    <message>
        <source>cannot open member %1</source>
        <translation>Archiveintrag %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>not a tar archive: %1</source>
        <translation>kein tar-Archiv: %1</translation>
    </message>
    <message>
        <source>no valid tar header found after a damaged header</source>
        <translation>nach einem beschädigten Header wurde kein gültiger tar-Header gefunden</translation>
    </message>
    <message>
        <source>the layer is damaged after this file, so a later copy of it may be missing: %1</source>
        <translation>der Layer ist nach dieser Datei beschädigt, daher fehlt möglicherweise eine spätere Kopie davon: %1</translation>
    </message>
    <message>
        <source>damaged tar archive: %1</source>
        <translation>beschädigtes tar-Archiv: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, not a regular file</source>
        <translation>„%1“ ist %2, keine reguläre Datei</translation>
    </message>
    <message>
        <source>no entry &quot;%1&quot; in layer member %2</source>
        <translation>kein Eintrag „%1“ im Layer-Archiveintrag %2</translation>
    </message>
    <message>
        <source>hard link chain longer than %1 links</source>
        <translation>Hardlink-Kette länger als %1 Links</translation>
    </message>
    <message>
        <source>hard link to &quot;%1&quot;, which is not in this layer before the link</source>
        <translation>Hardlink auf „%1“; das Ziel steht in diesem Layer nicht vor dem Link</translation>
    </message>
    <message>
        <source>%1 more entries like this were not listed: &quot;%2&quot;</source>
        <translation>weitere nicht aufgeführte Einträge dieser Art: %1 („%2“)</translation>
    </message>
    <message>
        <source>corrupt tar header: %1</source>
        <translation>beschädigter tar-Header: %1</translation>
    </message>
    <message>
        <source>skipped %1 damaged header blocks; reading resumes at the next valid header</source>
        <translation>beschädigte Header-Blöcke übersprungen: %1; das Lesen wird beim nächsten gültigen Header fortgesetzt</translation>
    </message>
    <message>
        <source>member name climbs above the layer root (path traversal); it is recorded but not applied to the file system</source>
        <translation>Name des Archiveintrags führt über die Layer-Wurzel hinaus (Path Traversal); der Eintrag wird erfasst, aber nicht auf das Dateisystem angewendet</translation>
    </message>
    <message>
        <source>member name contains &quot;..&quot; components; read as &quot;%1&quot;</source>
        <translation>Name des Archiveintrags enthält „..“-Komponenten; gelesen als „%1“</translation>
    </message>
    <message>
        <source>absolute member name; read relative to the layer root as Docker does</source>
        <translation>absoluter Name des Archiveintrags; wie bei Docker relativ zur Layer-Wurzel gelesen</translation>
    </message>
    <message>
        <source>member name is not valid UTF-8; invalid bytes are shown as \xNN</source>
        <translation>Name des Archiveintrags ist kein gültiges UTF-8; ungültige Bytes werden als \xNN angezeigt</translation>
    </message>
    <message>
        <source>a non-directory member names the layer root; it is recorded but not applied</source>
        <translation>ein Archiveintrag, der kein Verzeichnis ist, benennt die Layer-Wurzel; er wird erfasst, aber nicht angewendet</translation>
    </message>
    <message>
        <source>damaged tar archive inside the data of this entry (declared %1 bytes, %2 read): %3</source>
        <translation>beschädigtes tar-Archiv in den Daten dieses Eintrags (%1 Bytes deklariert, %2 gelesen): %3</translation>
    </message>
    <message>
        <source>sparse file of %1 bytes whose holes exceed %2 bytes: its content hash was not computed</source>
        <translation>Sparse-Datei mit %1 Bytes, deren Lücken %2 Bytes überschreiten: Ihr Inhalts-Hash wurde nicht berechnet</translation>
    </message>
    <message>
        <source>duplicate member (first at offset %1); the later copy wins, as on extraction</source>
        <translation>doppelter Archiveintrag (erster bei Offset %1); wie beim Entpacken gilt die spätere Kopie</translation>
    </message>
    <message>
        <source>no valid tar header found after the damaged header</source>
        <translation>nach dem beschädigten Header wurde kein gültiger tar-Header gefunden</translation>
    </message>
    <message>
        <source>truncated tar archive: the last header block is incomplete</source>
        <translation>abgeschnittenes tar-Archiv: Der letzte Header-Block ist unvollständig</translation>
    </message>
    <message>
        <source>truncated tar archive: member data ends early</source>
        <translation>abgeschnittenes tar-Archiv: Die Daten des Archiveintrags enden vorzeitig</translation>
    </message>
    <message>
        <source>no valid tar header found after the damaged header at offset %1</source>
        <translation>nach dem beschädigten Header bei Offset %1 wurde kein gültiger tar-Header gefunden</translation>
    </message>
    <message>
        <source>skipped %1 damaged bytes; reading resumes at the next valid header</source>
        <translation>beschädigte Bytes übersprungen: %1; das Lesen wird beim nächsten gültigen Header fortgesetzt</translation>
    </message>
    <message>
        <source>truncated tar archive: extended header without a member</source>
        <translation>abgeschnittenes tar-Archiv: erweiterter Header ohne Archiveintrag</translation>
    </message>
    <message>
        <source>corrupt tar header: checksum mismatch</source>
        <translation>beschädigter tar-Header: Prüfsumme stimmt nicht überein</translation>
    </message>
    <message>
        <source>corrupt tar header: invalid size field</source>
        <translation>beschädigter tar-Header: ungültiges Größenfeld</translation>
    </message>
    <message>
        <source>extended header of %1 bytes exceeds the limit of %2 bytes</source>
        <translation>erweiterter Header mit %1 Bytes überschreitet die Grenze von %2 Bytes</translation>
    </message>
    <message>
        <source>truncated tar archive: extended header ends early</source>
        <translation>abgeschnittenes tar-Archiv: Der erweiterte Header endet vorzeitig</translation>
    </message>
    <message>
        <source>malformed pax extended header ignored</source>
        <translation>fehlerhafter erweiterter pax-Header ignoriert</translation>
    </message>
    <message>
        <source>truncated tar archive: member declares %1 bytes but only %2 remain</source>
        <translation>abgeschnittenes tar-Archiv: Der Archiveintrag deklariert %1 Bytes, aber nur %2 sind vorhanden</translation>
    </message>
    <message>
        <source>name climbs above the evidence folder; not followed</source>
        <translation>Name führt über den Beweismittelordner hinaus; nicht verfolgt</translation>
    </message>
    <message>
        <source>file not found in the evidence folder</source>
        <translation>Datei im Beweismittelordner nicht gefunden</translation>
    </message>
    <message>
        <source>symbolic link leads outside the evidence folder (%1); not followed</source>
        <translation>symbolischer Link führt aus dem Beweismittelordner hinaus (%1); nicht verfolgt</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>manifest.json is not valid JSON</source>
        <translation>manifest.json ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>manifest.json is null: the archive describes no image</source>
        <translation>manifest.json ist null: Das Archiv beschreibt kein Image</translation>
    </message>
    <message>
        <source>manifest.json is not an array of images</source>
        <translation>manifest.json ist kein Array von Images</translation>
    </message>
    <message>
        <source>manifest entry is not an object; skipped</source>
        <translation>Manifest-Eintrag ist kein Objekt; übersprungen</translation>
    </message>
    <message>
        <source>manifest entry names no Config</source>
        <translation>Manifest-Eintrag nennt keine Config</translation>
    </message>
    <message>
        <source>manifest.json lists no images</source>
        <translation>manifest.json führt keine Images auf</translation>
    </message>
    <message>
        <source>no manifest.json: images rebuilt from &quot;repositories&quot; and each layer&apos;s parent chain</source>
        <translation>keine manifest.json: Images aus „repositories“ und der Parent-Kette jedes Layers rekonstruiert</translation>
    </message>
    <message>
        <source>&quot;repositories&quot; is not a JSON object</source>
        <translation>„repositories“ ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>neither manifest.json nor &quot;repositories&quot; nor layer metadata found: not a docker save archive</source>
        <translation>weder manifest.json noch „repositories“ noch Layer-Metadaten gefunden: kein Archiv von docker save</translation>
    </message>
    <message>
        <source>layer parent chain loops at %1</source>
        <translation>Parent-Kette der Layer bildet bei %1 eine Schleife</translation>
    </message>
    <message>
        <source>no image config matches the layer chain of %1; a config was rebuilt from its legacy v1 metadata, so the image id is not the original one</source>
        <translation>keine Image-Config passt zur Layer-Kette von %1; eine Config wurde aus den Legacy-v1-Metadaten rekonstruiert, daher ist die Image-ID nicht die ursprüngliche</translation>
    </message>
    <message>
        <source>member is %1 bytes, more than the %2 bytes allowed for metadata</source>
        <translation>Archiveintrag ist %1 Bytes groß, mehr als die für Metadaten zulässigen %2 Bytes</translation>
    </message>
    <message>
        <source>member name climbs above the archive root (path traversal); ignored</source>
        <translation>Name des Archiveintrags führt über die Archivwurzel hinaus (Path Traversal); ignoriert</translation>
    </message>
    <message>
        <source>absolute member name; read relative to the archive root</source>
        <translation>absoluter Name des Archiveintrags; relativ zur Archivwurzel gelesen</translation>
    </message>
    <message>
        <source>duplicate member (first at offset %1); the later copy is used</source>
        <translation>doppelter Archiveintrag (erster bei Offset %1); die spätere Kopie wird verwendet</translation>
    </message>
    <message>
        <source>member not found in the archive</source>
        <translation>Archiveintrag nicht im Archiv gefunden</translation>
    </message>
    <message>
        <source>link target &quot;%1&quot; not found in the archive</source>
        <translation>Linkziel „%1“ nicht im Archiv gefunden</translation>
    </message>
    <message>
        <source>member &quot;%1&quot; is not a regular file</source>
        <translation>Archiveintrag „%1“ ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>link loop at member &quot;%1&quot;</source>
        <translation>Link-Schleife bei Archiveintrag „%1“</translation>
    </message>
    <message>
        <source>link &quot;%1&quot; -&gt; &quot;%2&quot; points outside the archive; not followed</source>
        <translation>Link „%1“ -&gt; „%2“ zeigt aus dem Archiv hinaus; nicht verfolgt</translation>
    </message>
    <message>
        <source>too many links in a chain</source>
        <translation>zu viele Links in einer Kette</translation>
    </message>
    <message>
        <source>descriptor has no valid digest (&quot;%1&quot;)</source>
        <translation>Deskriptor hat keinen gültigen Digest („%1“)</translation>
    </message>
    <message>
        <source>integrity: %1 is %2, the descriptor says %3</source>
        <translation>Integrität: %1 ist %2, laut Deskriptor %3</translation>
    </message>
    <message>
        <source>more than %1 descriptors: the index graph is not followed further</source>
        <translation>mehr als %1 Deskriptoren: Der Index-Graph wird nicht weiter verfolgt</translation>
    </message>
    <message>
        <source>index cycle: %1 refers back to %2; not followed again</source>
        <translation>Index-Zyklus: %1 verweist zurück auf %2; nicht erneut verfolgt</translation>
    </message>
    <message>
        <source>indexes nested deeper than %1 levels; not followed</source>
        <translation>Indizes tiefer als %1 Ebenen verschachtelt; nicht verfolgt</translation>
    </message>
    <message>
        <source>blob is not a JSON object</source>
        <translation>Blob ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>artifact %1 of type %2 is listed but not analysed as an image</source>
        <translation>Artefakt %1 vom Typ %2 ist aufgeführt, wird aber nicht als Image analysiert</translation>
    </message>
    <message>
        <source>unexpected imageLayoutVersion &quot;%1&quot;</source>
        <translation>unerwartete imageLayoutVersion „%1“</translation>
    </message>
    <message>
        <source>index.json is not a JSON object</source>
        <translation>index.json ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>index.json lists no manifests</source>
        <translation>index.json führt keine Manifests auf</translation>
    </message>
    <message>
        <source>platform %1 is not offered by %2 (it offers: %3)</source>
        <translation>Plattform %1 wird von %2 nicht angeboten (angeboten: %3)</translation>
    </message>
    <message>
        <source>tag &quot;%1&quot; not found (tags present: %2)</source>
        <translation>Tag „%1“ nicht gefunden (vorhandene Tags: %2)</translation>
    </message>
    <message>
        <source>member not found</source>
        <translation>Archiveintrag nicht gefunden</translation>
    </message>
    <message>
        <source>member was not kept while streaming the compressed archive (it looked like a layer or was too large)</source>
        <translation>Archiveintrag wurde beim sequenziellen Lesen des komprimierten Archivs nicht vorgehalten (er sah wie ein Layer aus oder war zu groß)</translation>
    </message>
    <message>
        <source>member is not available from the compressed archive</source>
        <translation>Archiveintrag ist aus dem komprimierten Archiv nicht verfügbar</translation>
    </message>
    <message>
        <source>member data ends early: %1 of %2 bytes</source>
        <translation>Daten des Archiveintrags enden vorzeitig: %1 von %2 Bytes</translation>
    </message>
    <message>
        <source>layer blob ends early: %1 of %2 bytes are in the archive</source>
        <translation>Layer-Blob endet vorzeitig: %1 von %2 Bytes sind im Archiv</translation>
    </message>
    <message>
        <source>image config is not a JSON object</source>
        <translation>Image-Config ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>no export folder was chosen</source>
        <translation>es wurde kein Exportordner gewählt</translation>
    </message>
    <message>
        <source>%1 is the folder of the evidence or lies inside it; exports are never written beside the evidence. Choose another export folder.</source>
        <translation>%1 ist der Ordner des Beweismittels oder liegt darin; Exporte werden nie neben das Beweismittel geschrieben. Wählen Sie einen anderen Exportordner.</translation>
    </message>
    <message>
        <source>cannot create the export folder %1</source>
        <translation>Exportordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>no free file name for %1 in %2</source>
        <translation>kein freier Dateiname für %1 in %2</translation>
    </message>
    <message>
        <source>%1 offers several platforms (%2); %3 was analysed</source>
        <translation>%1 bietet mehrere Plattformen an (%2); analysiert wurde %3</translation>
    </message>
    <message>
        <source>file of %1 bytes is larger than the %2 bytes allowed here</source>
        <translation>Datei mit %1 Bytes ist größer als die hier zulässigen %2 Bytes</translation>
    </message>
    <message>
        <source>%1 files of this archive were too large to keep in memory: their metadata and SHA-256 are known but their contents cannot be read (mount or unpack the copy to read them)</source>
        <translation>zu große Dateien für den Arbeitsspeicher in diesem Archiv: %1; ihre Metadaten und ihr SHA-256 sind bekannt, ihr Inhalt kann aber nicht gelesen werden (Kopie einhängen oder entpacken, um ihn zu lesen)</translation>
    </message>
    <message>
        <source>the content of this file was not kept (too large for memory)</source>
        <translation>der Inhalt dieser Datei wurde nicht vorgehalten (zu groß für den Arbeitsspeicher)</translation>
    </message>
    <message>
        <source>the container&apos;s image %1 is not in this data root: its changes are read from the read-write layer alone</source>
        <translation>das Image %1 des Containers ist nicht in diesem Datenverzeichnis: seine Änderungen werden nur aus der beschreibbaren Schicht gelesen</translation>
    </message>
    <message>
        <source>cannot tell which container this belongs to (no container id in its name and not exactly one container in the evidence)</source>
        <translation>nicht feststellbar, zu welchem Container dies gehört (keine Container-ID im Namen und nicht genau ein Container in den Beweismitteln)</translation>
    </message>
    <message>
        <source>the container&apos;s logs are already read from %1; these lines are not added twice</source>
        <translation>die Logs des Containers wurden bereits aus %1 gelesen; diese Zeilen werden nicht doppelt hinzugefügt</translation>
    </message>
    <message>
        <source>the image of the exported container is not among the evidence: its changes cannot be estimated</source>
        <translation>das Image des exportierten Containers ist nicht unter den Beweismitteln: Seine Änderungen können nicht geschätzt werden</translation>
    </message>
    <message>
        <source>no container matches &quot;%1&quot;</source>
        <translation>kein Container passt zu „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous: it matches %2</source>
        <translation>„%1“ ist mehrdeutig: passt zu %2</translation>
    </message>
    <message>
        <source>no Docker data root found (no containers/ and image/ folders at the top, under docker/ or under var/lib/docker/)</source>
        <translation>kein Docker-Datenverzeichnis gefunden (keine Ordner containers/ und image/ auf oberster Ebene, unter docker/ oder unter var/lib/docker/)</translation>
    </message>
    <message>
        <source>file of %1 bytes is larger than the %2 bytes read for this kind of evidence</source>
        <translation>Datei mit %1 Bytes ist größer als die %2 Bytes, die für diese Art von Beweismittel gelesen werden</translation>
    </message>
    <message>
        <source>a folder is not hashed as a whole; every file read from it is hashed</source>
        <translation>ein Ordner wird nicht als Ganzes gehasht; jede daraus gelesene Datei wird gehasht</translation>
    </message>
    <message>
        <source>the container has no Id</source>
        <translation>der Container hat keine Id</translation>
    </message>
    <message>
        <source>Image &quot;%1&quot; is not a SHA-256 image id; ignored</source>
        <translation>Image „%1“ ist keine SHA-256-Image-ID; ignoriert</translation>
    </message>
    <message>
        <source>the inspect output holds something that is not a JSON object; skipped</source>
        <translation>die inspect-Ausgabe enthält etwas, das kein JSON-Objekt ist; übersprungen</translation>
    </message>
    <message>
        <source>the object holds no container (no Id, State or Config); skipped</source>
        <translation>das Objekt enthält keinen Container (weder Id noch State noch Config); übersprungen</translation>
    </message>
    <message>
        <source>the inspect output is not valid JSON</source>
        <translation>die inspect-Ausgabe ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>%1 is an image (docker image inspect), not a container; skipped</source>
        <translation>%1 ist ein Image (docker image inspect), kein Container; übersprungen</translation>
    </message>
    <message>
        <source>the inspect output lists nothing</source>
        <translation>die inspect-Ausgabe führt nichts auf</translation>
    </message>
    <message>
        <source>the inspect output is neither a list nor an object</source>
        <translation>die inspect-Ausgabe ist weder eine Liste noch ein Objekt</translation>
    </message>
    <message>
        <source>%1 is not a valid JSON object</source>
        <translation>%1 ist kein gültiges JSON-Objekt</translation>
    </message>
    <message>
        <source>%1 is not a valid JSON object: the container&apos;s host configuration (privileges, capabilities, namespaces, binds, restart policy) is unknown</source>
        <translation>%1 ist kein gültiges JSON-Objekt: Die Host-Konfiguration des Containers (Privilegien, Capabilities, Namespaces, Bind-Mounts, Neustart-Richtlinie) ist unbekannt</translation>
    </message>
    <message>
        <source>%1 has no hostconfig.json: the container&apos;s host configuration (privileges, capabilities, namespaces, binds, restart policy) is unknown</source>
        <translation>%1 hat keine hostconfig.json: Die Host-Konfiguration des Containers (Privilegien, Capabilities, Namespaces, Bind-Mounts, Neustart-Richtlinie) ist unbekannt</translation>
    </message>
    <message>
        <source>the folder %1 holds the configuration of another container, %2</source>
        <translation>der Ordner %1 enthält die Konfiguration eines anderen Containers, %2</translation>
    </message>
    <message>
        <source>%1: line %2 is not a docker diff line (A, C or D, a space and an absolute path); skipped</source>
        <translation>%1: Zeile %2 ist keine docker-diff-Zeile (A, C oder D, ein Leerzeichen und ein absoluter Pfad); übersprungen</translation>
    </message>
    <message>
        <source>%1 more lines of %2 could not be read</source>
        <translation>weitere nicht lesbare Zeilen in %2: %1</translation>
    </message>
    <message>
        <source>%1 is not a JSON object; ignored</source>
        <translation>%1 ist kein JSON-Objekt; ignoriert</translation>
    </message>
    <message>
        <source>%1 is not a list; ignored</source>
        <translation>%1 ist keine Liste; ignoriert</translation>
    </message>
    <message>
        <source>%1 is not a string; ignored</source>
        <translation>%1 ist keine Zeichenkette; ignoriert</translation>
    </message>
    <message>
        <source>%1 is not a whole number; ignored</source>
        <translation>%1 ist keine ganze Zahl; ignoriert</translation>
    </message>
    <message>
        <source>%1 is not true or false; ignored</source>
        <translation>%1 ist weder true noch false; ignoriert</translation>
    </message>
    <message>
        <source>%1 holds items that are not strings; they are ignored</source>
        <translation>%1 enthält Elemente, die keine Zeichenketten sind; sie werden ignoriert</translation>
    </message>
    <message>
        <source>%1 could not be decompressed completely (%2); the part before the damage is read</source>
        <translation>%1 konnte nicht vollständig dekomprimiert werden (%2); der Teil vor der beschädigten Stelle wird gelesen</translation>
    </message>
    <message>
        <source>%1: line %2 is cut off (the file ends inside it); skipped</source>
        <translation>%1: Zeile %2 ist abgeschnitten (die Datei endet darin); übersprungen</translation>
    </message>
    <message>
        <source>%1: line %2 is not a JSON log entry; skipped</source>
        <translation>%1: Zeile %2 ist kein JSON-Logeintrag; übersprungen</translation>
    </message>
    <message>
        <source>%1: line %2: &quot;%3&quot; is not a string</source>
        <translation>%1: Zeile %2: „%3“ ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>%1: line %2 has no &quot;log&quot; text; skipped</source>
        <translation>%1: Zeile %2 hat keinen „log“-Text; übersprungen</translation>
    </message>
    <message>
        <source>%1: the message that starts on line %2 has no line end (the log ends inside a message Docker split, or the process wrote no final newline)</source>
        <translation>%1: Die Meldung, die in Zeile %2 beginnt, hat kein Zeilenende (das Log endet innerhalb einer von Docker aufgeteilten Meldung, oder der Prozess hat keinen abschließenden Zeilenumbruch geschrieben)</translation>
    </message>
    <message>
        <source>etc/docker/daemon.json names the data root %1</source>
        <translation>etc/docker/daemon.json nennt das Datenverzeichnis %1</translation>
    </message>
    <message>
        <source>containerd&apos;s image store found at %1: its images are not read by this version (only Docker&apos;s own image store is)</source>
        <translation>Image-Speicher von containerd unter %1 gefunden: Seine Images werden von dieser Version nicht gelesen (nur der eigene Image-Speicher von Docker)</translation>
    </message>
    <message>
        <source>storage driver %1 is not read by this version (overlay2, overlay and aufs are)</source>
        <translation>Speichertreiber %1 wird von dieser Version nicht gelesen (nur overlay2, overlay und aufs)</translation>
    </message>
    <message>
        <source>image config unreadable: %1</source>
        <translation>Image-Config unlesbar: %1</translation>
    </message>
    <message>
        <source>layer %1 (chain id %2) has no layerdb entry</source>
        <translation>Layer %1 (Chain-ID %2) hat keinen layerdb-Eintrag</translation>
    </message>
    <message>
        <source>container folder without a readable config.v2.json or config.json: %1</source>
        <translation>Containerordner ohne lesbare config.v2.json oder config.json: %1</translation>
    </message>
    <message>
        <source>log file not read: the container&apos;s logs exceed %1 bytes</source>
        <translation>Logdatei nicht gelesen: Die Logs des Containers überschreiten %1 Bytes</translation>
    </message>
    <message>
        <source>no mount id for this container (layerdb/mounts): its file-system changes cannot be read</source>
        <translation>keine Mount-ID für diesen Container (layerdb/mounts): Seine Dateisystemänderungen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>the layer folder %1 is missing</source>
        <translation>der Layer-Ordner %1 fehlt</translation>
    </message>
    <message>
        <source>this copy of the data root carries no extended attributes: opaque directories of overlay layers cannot be recognised (copy with tar --xattrs --xattrs-include=&apos;*&apos;)</source>
        <translation>diese Kopie des Datenverzeichnisses enthält keine erweiterten Attribute: Opake Verzeichnisse von Overlay-Layern können nicht erkannt werden (mit tar --xattrs --xattrs-include=&apos;*&apos; kopieren)</translation>
    </message>
    <message>
        <source>not found in the data root (or a link loop)</source>
        <translation>im Datenverzeichnis nicht gefunden (oder eine Link-Schleife)</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not a layer folder of this data root</source>
        <translation>kein Layer-Ordner dieses Datenverzeichnisses</translation>
    </message>
    <message>
        <source>directory nesting deeper than 256 levels; not followed further</source>
        <translation>Verzeichnisse tiefer als 256 Ebenen verschachtelt; nicht weiter verfolgt</translation>
    </message>
    <message>
        <source>cannot read the file to hash it: %1</source>
        <translation>Datei kann zum Hashen nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the layer&apos;s folder is missing from the data root</source>
        <translation>der Ordner des Layers fehlt im Datenverzeichnis</translation>
    </message>
    <message>
        <source>tar-split metadata unreadable (%1): the layer&apos;s diff_id cannot be verified</source>
        <translation>tar-split-Metadaten unlesbar (%1): Die diff_id des Layers kann nicht verifiziert werden</translation>
    </message>
    <message>
        <source>file differs from what the layer held when it was unpacked (%1): changed on disk</source>
        <translation>Datei weicht vom Inhalt des Layers beim Entpacken ab (%1): auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>layer metadata unreadable or not a JSON object: %1</source>
        <translation>Layer-Metadaten unlesbar oder kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>layer %1 names the parent %2, which is not in graph/</source>
        <translation>Layer %1 nennt den Parent %2, der nicht in graph/ liegt</translation>
    </message>
    <message>
        <source>tar-split metadata larger than %1 bytes; not rebuilt</source>
        <translation>tar-split-Metadaten größer als %1 Bytes; Layer nicht rekonstruiert</translation>
    </message>
    <message>
        <source>tar-split metadata unreadable: %1</source>
        <translation>tar-split-Metadaten unlesbar: %1</translation>
    </message>
    <message>
        <source>tar-split line %1 is not a valid entry</source>
        <translation>tar-split-Zeile %1 ist kein gültiger Eintrag</translation>
    </message>
    <message>
        <source>file of the layer is missing or unreadable on disk (%1); the layer cannot be rebuilt</source>
        <translation>Datei des Layers fehlt auf dem Datenträger oder ist unlesbar (%1); der Layer kann nicht rekonstruiert werden</translation>
    </message>
    <message>
        <source>invalid regular expression %1: %2</source>
        <translation>ungültiger regulärer Ausdruck %1: %2</translation>
    </message>
    <message>
        <source>the log rules are not a JSON object with an &quot;indicators&quot; list</source>
        <translation>die Protokollregeln sind kein JSON-Objekt mit einer Liste &quot;indicators&quot;</translation>
    </message>
    <message>
        <source>the rule catalogue is not a JSON object with a &quot;rules&quot; list</source>
        <translation>der Regelkatalog ist kein JSON-Objekt mit einer Liste &quot;rules&quot;</translation>
    </message>
    <message>
        <source>bundled rule file %1 missing: %2</source>
        <translation>mitgelieferte Regeldatei %1 fehlt: %2</translation>
    </message>
    <message>
        <source>bundled rules unreadable: %1</source>
        <translation>mitgelieferte Regeln nicht lesbar: %1</translation>
    </message>
    <message>
        <source>rule folder %1 not found</source>
        <translation>Regelordner %1 nicht gefunden</translation>
    </message>
    <message>
        <source>rule file unreadable: %1</source>
        <translation>Regeldatei nicht lesbar: %1</translation>
    </message>
    <message>
        <source>YARA rule not compiled, left out: %1</source>
        <translation>YARA-Regel nicht kompiliert, ausgelassen: %1</translation>
    </message>
    <message>
        <source>the secret rules are not a JSON object with a &quot;rules&quot; list</source>
        <translation>die Geheimnisregeln sind kein JSON-Objekt mit einer Liste &quot;rules&quot;</translation>
    </message>
    <message>
        <source>the case file could not be written or read: %1</source>
        <translation>die Falldatei konnte nicht geschrieben oder gelesen werden: %1</translation>
    </message>
    <message>
        <source>a file of this name exists already; a case is never overwritten</source>
        <translation>eine Datei dieses Namens existiert bereits; ein Fall wird nie überschrieben</translation>
    </message>
    <message>
        <source>the SQLite driver of Qt (QSQLITE) is not installed</source>
        <translation>der SQLite-Treiber von Qt (QSQLITE) ist nicht installiert</translation>
    </message>
    <message>
        <source>no such case file</source>
        <translation>Falldatei nicht vorhanden</translation>
    </message>
    <message>
        <source>not a Dockscope case file (%1)</source>
        <translation>keine Dockscope-Falldatei (%1)</translation>
    </message>
    <message>
        <source>case file version %1 is not supported by this version of Dockscope</source>
        <translation>Falldatei-Version %1 wird von dieser Version von Dockscope nicht unterstützt</translation>
    </message>
    <message>
        <source>the acquisition manifest cannot be read (not a JSON object with an artefacts list)</source>
        <translation>das Sicherungsmanifest kann nicht gelesen werden (kein JSON-Objekt mit einer artefacts-Liste)</translation>
    </message>
    <message>
        <source>the acquisition ended with status &quot;%1&quot;; see acquisition.log in the folder</source>
        <translation>die Sicherung endete mit dem Status „%1“; siehe acquisition.log im Ordner</translation>
    </message>
    <message>
        <source>the manifest names &quot;%1&quot;, which is not a file inside the acquisition folder; ignored</source>
        <translation>das Manifest nennt „%1“, das keine Datei im Sicherungsordner ist; ignoriert</translation>
    </message>
    <message>
        <source>artefact %1 was not acquired completely (%2)</source>
        <translation>Artefakt %1 wurde nicht vollständig gesichert (%2)</translation>
    </message>
    <message>
        <source>%1 is in the acquisition folder but not in its manifest (added afterwards)</source>
        <translation>%1 liegt im Sicherungsordner, steht aber nicht in dessen Manifest (nachträglich hinzugefügt)</translation>
    </message>
    <message>
        <source>cannot read the acquired file: %1</source>
        <translation>die gesicherte Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 does not match the acquisition manifest: %2 recorded, %3 now</source>
        <translation>%1 stimmt nicht mit dem Sicherungsmanifest überein: %2 erfasst, jetzt %3</translation>
    </message>
    <message>
        <source>BerkeleyDB rpm database %1 recognised; its packages are not read</source>
        <translation>BerkeleyDB-rpm-Datenbank %1 erkannt; ihre Pakete werden nicht gelesen</translation>
    </message>
    <message>
        <source>ndb rpm database %1 recognised; its packages are not read</source>
        <translation>ndb-rpm-Datenbank %1 erkannt; ihre Pakete werden nicht gelesen</translation>
    </message>
    <message>
        <source>package file could not be read: %1</source>
        <translation>Paketdatei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>package database of %1 bytes is larger than the limit of %2 bytes: not read</source>
        <translation>Paketdatenbank mit %1 Bytes ist größer als die Grenze von %2 Bytes: nicht gelesen</translation>
    </message>
    <message>
        <source>Java archive of %1 bytes is larger than the limit of %2 bytes: not read</source>
        <translation>Java-Archiv mit %1 Bytes ist größer als die Grenze von %2 Bytes: nicht gelesen</translation>
    </message>
    <message>
        <source>package file not verified against %1: %2</source>
        <translation>Paketdatei nicht gegen %1 verifiziert: %2</translation>
    </message>
    <message>
        <source>%1 executables larger than %2 bytes were searched for Go build info only in their first %2 bytes</source>
        <translation>%1 ausführbare Dateien mit mehr als %2 Bytes wurden nur in ihren ersten %2 Bytes nach Go-Build-Infos durchsucht</translation>
    </message>
    <message>
        <source>Go build info header cut off</source>
        <translation>Header der Go-Build-Infos abgeschnitten</translation>
    </message>
    <message>
        <source>Go build info in the format before Go 1.18 (pointers) is not read</source>
        <translation>Go-Build-Infos im Format vor Go 1.18 (Zeiger) werden nicht gelesen</translation>
    </message>
    <message>
        <source>not a readable Java archive: %1</source>
        <translation>kein lesbares Java-Archiv: %1</translation>
    </message>
    <message>
        <source>%1 inside the archive is larger than %2 bytes: not read</source>
        <translation>%1 im Archiv ist größer als %2 Bytes: nicht gelesen</translation>
    </message>
    <message>
        <source>damaged Java archive: %1</source>
        <translation>beschädigtes Java-Archiv: %1</translation>
    </message>
    <message>
        <source>the entry was not found in the layer</source>
        <translation>der Eintrag wurde im Layer nicht gefunden</translation>
    </message>
    <message>
        <source>cannot make a private copy of the rpm database: %1</source>
        <translation>von der rpm-Datenbank kann keine private Kopie angelegt werden: %1</translation>
    </message>
    <message>
        <source>the rpm database cannot be opened: %1</source>
        <translation>die rpm-Datenbank kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the rpm database has no readable Packages table: %1</source>
        <translation>die rpm-Datenbank hat keine lesbare Packages-Tabelle: %1</translation>
    </message>
    <message>
        <source>%1 malformed package headers in the rpm database were skipped</source>
        <translation>%1 fehlerhafte Paket-Header in der rpm-Datenbank wurden übersprungen</translation>
    </message>
    <message>
        <source>vulnerability database folder not found</source>
        <translation>Ordner der Schwachstellendatenbank nicht gefunden</translation>
    </message>
    <message>
        <source>OSV file of %1 bytes is larger than the %2 bytes read; skipped</source>
        <translation>OSV-Datei mit %1 Bytes ist größer als die gelesenen %2 Bytes; übersprungen</translation>
    </message>
    <message>
        <source>cannot read the OSV file: %1</source>
        <translation>die OSV-Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not a JSON document; OSV file skipped</source>
        <translation>kein JSON-Dokument; OSV-Datei übersprungen</translation>
    </message>
    <message>
        <source>not an OSV entry, array or {&quot;vulns&quot;: [...]} document; OSV file skipped</source>
        <translation>weder OSV-Eintrag noch Array noch {&quot;vulns&quot;: [...]}-Dokument; OSV-Datei übersprungen</translation>
    </message>
    <message>
        <source>OSV entry at %1 has no &quot;id&quot;; skipped</source>
        <translation>OSV-Eintrag bei %1 hat kein Feld „id“; übersprungen</translation>
    </message>
    <message>
        <source>OSV entry %1 has no &quot;affected&quot; list; skipped</source>
        <translation>OSV-Eintrag %1 hat keine „affected“-Liste; übersprungen</translation>
    </message>
    <message>
        <source>OSV entry %1: affected[%2] names no package; ignored</source>
        <translation>OSV-Eintrag %1: affected[%2] nennt kein Paket; ignoriert</translation>
    </message>
    <message>
        <source>Trivy report: %1 is not an array; ignored</source>
        <translation>Trivy-Bericht: %1 ist kein Array; ignoriert</translation>
    </message>
    <message>
        <source>Trivy report: %1 names no VulnerabilityID or PkgName; ignored</source>
        <translation>Trivy-Bericht: %1 nennt weder VulnerabilityID noch PkgName; ignoriert</translation>
    </message>
    <message>
        <source>Grype report: %1 names no vulnerability id or artifact name; ignored</source>
        <translation>Grype-Bericht: %1 nennt weder Schwachstellen-ID noch Artefaktnamen; ignoriert</translation>
    </message>
    <message>
        <source>vulnerability report is not valid JSON</source>
        <translation>Schwachstellenbericht ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>not a Trivy (SchemaVersion 2) or Grype JSON report</source>
        <translation>kein JSON-Bericht von Trivy (SchemaVersion 2) oder Grype</translation>
    </message>
    <message>
        <source>%1 report for %2 (image id %3, %4 layers) matches no analysed image by image id, layer diff ids or manifest digest; its %5 vulnerabilities are not used</source>
        <translation>%1-Bericht für %2 (Image-ID %3, %4 Layer) passt weder über Image-ID noch über Layer-Diff-IDs oder Manifest-Digest zu einem analysierten Image; seine %5 Schwachstellen werden nicht verwendet</translation>
    </message>
    <message>
        <source>OSV ranges of type GIT skipped: %1, in entries: %2; they name commits, not package versions, so those entries match by their versions lists and other ranges only</source>
        <translation>OSV-Bereiche vom Typ GIT übersprungen: %1, in Einträgen: %2; sie nennen Commits, keine Paketversionen, daher passen diese Einträge nur über ihre Versionslisten und übrigen Bereiche</translation>
    </message>
    <message>
        <source>package file not verified against %1: larger than %2 bytes</source>
        <translation>Paketdatei nicht gegen %1 verifiziert: größer als %2 Bytes</translation>
    </message>
    <message>
        <source>package file not verified against %1: its digest algorithm &quot;%2&quot; is not supported</source>
        <translation>Paketdatei nicht gegen %1 geprüft: ihr Prüfsummenverfahren &quot;%2&quot; wird nicht unterstützt</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>escape path: the runtime socket is mounted and tooling that uses it is present</source>
        <translation>Ausbruchsweg: der Socket der Laufzeitumgebung ist eingehängt und Werkzeuge, die ihn nutzen, sind vorhanden</translation>
    </message>
    <message>
        <source>escape path: a host folder is mounted and escape tooling is present</source>
        <translation>Ausbruchsweg: ein Host-Ordner ist eingehängt und Ausbruchswerkzeuge sind vorhanden</translation>
    </message>
    <message>
        <source>escape path: the host&apos;s processes are visible and escape tooling is present</source>
        <translation>Ausbruchsweg: die Prozesse des Hosts sind sichtbar und Ausbruchswerkzeuge sind vorhanden</translation>
    </message>
    <message>
        <source>escape path: the configuration allows the escape whose traces are in the container</source>
        <translation>Ausbruchsweg: die Konfiguration erlaubt den Ausbruch, dessen Spuren im Container liegen</translation>
    </message>
    <message>
        <source>the dropped script was requested: the webshell was used</source>
        <translation>das abgelegte Skript wurde aufgerufen: die Webshell wurde benutzt</translation>
    </message>
    <message>
        <source>the exploitation attempt was followed by commands or dropped programs</source>
        <translation>auf den Ausnutzungsversuch folgten Befehle oder abgelegte Programme</translation>
    </message>
    <message>
        <source>a miner ran in a container without resource limits</source>
        <translation>ein Miner lief in einem Container ohne Ressourcenbegrenzung</translation>
    </message>
    <message>
        <source>credentials in the environment and a harvesting script or collected credentials in the container</source>
        <translation>Zugangsdaten in der Umgebung und ein Sammelskript oder gesammelte Zugangsdaten im Container</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>%1 (%2 B)</source>
        <translation>%1 (%2 B)</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n. z.</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Integrity:</source>
        <translation>Integrität:</translation>
    </message>
    <message>
        <source>nothing in the evidence declares digests</source>
        <translation>in den Beweismitteln sind keine Digests deklariert</translation>
    </message>
    <message>
        <source>OK (%1 checks passed)</source>
        <translation>OK (bestandene Prüfungen: %1)</translation>
    </message>
    <message>
        <source>FAILED (%1 of %2 checks)</source>
        <translation>FEHLGESCHLAGEN (%1 von %2 Prüfungen)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Container file system (docker export)</source>
        <translation>Container-Dateisystem (docker export)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>(untagged)</source>
        <translation>(ohne Tag)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beweismittel</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Layer</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NEIN</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Effizienz</translation>
    </message>
    <message>
        <source>Efficiency score (dive)</source>
        <translation>Effizienzwert (dive)</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Image-Größe</translation>
    </message>
    <message>
        <source>Wasted (dive)</source>
        <translation>Verschwendet (dive)</translation>
    </message>
    <message>
        <source>User wasted (dive)</source>
        <translation>Verschwendet, Nutzeranteil (dive)</translation>
    </message>
    <message>
        <source>n/a (no bytes above the base layer)</source>
        <translation>n. v. (keine Bytes über dem Basis-Layer)</translation>
    </message>
    <message>
        <source>Truly wasted</source>
        <translation>Tatsächlich verschwendet</translation>
    </message>
    <message>
        <source>Inefficient files (dive):</source>
        <translation>Ineffiziente Dateien (dive):</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Wasted</source>
        <translation>Verschwendet</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>Evidence integrity</source>
        <translation>Integrität der Beweismittel</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Evidence and its verification</source>
        <translation>Beweismittel und ihre Verifizierung</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Methodik</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Security checklist</source>
        <translation>Sicherheits-Checkliste</translation>
    </message>
    <message>
        <source>Image layers</source>
        <translation>Image-Layer</translation>
    </message>
    <message>
        <source>Container changes</source>
        <translation>Container-Änderungen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Examiner notes and tagged items</source>
        <translation>Notizen des Bearbeiters und markierte Elemente</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>Einschränkungen</translation>
    </message>
    <message>
        <source>Appendix: audit log</source>
        <translation>Anhang: Audit-Log</translation>
    </message>
    <message>
        <source>match</source>
        <translation>übereinstimmend</translation>
    </message>
    <message>
        <source>MISMATCH</source>
        <translation>ABWEICHUNG</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>FEHLT</translation>
    </message>
    <message>
        <source>UNREADABLE</source>
        <translation>UNLESBAR</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>Beweismitteldatei</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Erkannt durch</translation>
    </message>
    <message>
        <source>Forensic examination report</source>
        <translation>Forensischer Untersuchungsbericht</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Fallnummer</translation>
    </message>
    <message>
        <source>Case name</source>
        <translation>Fallname</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>none (evidence reported without a case file)</source>
        <translation>keiner (Beweismittel ohne Falldatei berichtet)</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Berichtsdatum</translation>
    </message>
    <message>
        <source>Report date (%1)</source>
        <translation>Berichtsdatum (%1)</translation>
    </message>
    <message>
        <source>Report ID</source>
        <translation>Berichts-ID</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Dockscope %1</source>
        <translation>Dockscope %1</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Falldatei</translation>
    </message>
    <message>
        <source>Case ID</source>
        <translation>Fall-ID</translation>
    </message>
    <message>
        <source>Analysis result SHA-256</source>
        <translation>SHA-256 des Analyseergebnisses</translation>
    </message>
    <message>
        <source>EVIDENCE VERIFICATION FAILED: at least one evidence item did not match the digests taken at intake. See &quot;%1&quot;.</source>
        <translation>VERIFIZIERUNG DER BEWEISMITTEL FEHLGESCHLAGEN: Mindestens ein Beweismittel stimmte nicht mit den bei der Aufnahme erfassten Digests überein. Siehe „%1“.</translation>
    </message>
    <message>
        <source>AUDIT LOG BROKEN at entry %1: %2</source>
        <translation>AUDIT-LOG BESCHÄDIGT bei Eintrag %1: %2</translation>
    </message>
    <message>
        <source>Cancelled: the results are incomplete.</source>
        <translation>Abgebrochen: Die Ergebnisse sind unvollständig.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>No suspicious findings.</source>
        <translation>Keine verdächtigen Befunde.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>… and %1 more in &quot;%2&quot;.</source>
        <translation>… und %1 weitere in „%2“.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) reported: critical %1, high %2, medium %3, low %4, info %5.</source>
        <translation>
            <numerusform>%n Befund gemeldet: kritisch %1, hoch %2, mittel %3, niedrig %4, Info %5.</numerusform>
            <numerusform>%n Befunde gemeldet: kritisch %1, hoch %2, mittel %3, niedrig %4, Info %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Container %1</source>
        <translation>Container %1</translation>
    </message>
    <message>
        <source>, exit code %1</source>
        <translation>, Exit-Code %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Security configuration</source>
        <translation>Sicherheitskonfiguration</translation>
    </message>
    <message>
        <source>No configuration in the evidence.</source>
        <translation>Keine Konfiguration in den Beweismitteln.</translation>
    </message>
    <message>
        <source>All %1 checks passed or do not apply.</source>
        <translation>Alle %1 Prüfungen bestanden oder sind nicht zutreffend.</translation>
    </message>
    <message>
        <source>File changes</source>
        <translation>Dateiänderungen</translation>
    </message>
    <message>
        <source>Added: %1 (suspicious: %2)</source>
        <translation>Hinzugefügt: %1 (verdächtig: %2)</translation>
    </message>
    <message>
        <source>Changed: %1 (suspicious: %2)</source>
        <translation>Geändert: %1 (verdächtig: %2)</translation>
    </message>
    <message>
        <source>Deleted: %1 (suspicious: %2)</source>
        <translation>Gelöscht: %1 (verdächtig: %2)</translation>
    </message>
    <message>
        <source>The changes are estimated (%1).</source>
        <translation>Die Änderungen sind geschätzt (%1).</translation>
    </message>
    <message>
        <source>Suspicious findings</source>
        <translation>Verdächtige Befunde</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Image %1</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Vulnerability scan</source>
        <translation>Schwachstellenscan</translation>
    </message>
    <message>
        <source>No vulnerability data in this analysis (no scanner report was imported and no vulnerability database was given).</source>
        <translation>Keine Schwachstellendaten in dieser Analyse (es wurde kein Scanner-Bericht importiert und keine Schwachstellendatenbank angegeben).</translation>
    </message>
    <message>
        <source>Critical: %1, High: %2, Medium: %3, Low: %4, Unknown: %5</source>
        <translation>Kritisch: %1, Hoch: %2, Mittel: %3, Niedrig: %4, Unbekannt: %5</translation>
    </message>
    <message>
        <source>Where the evidence is</source>
        <translation>Speicherort der Beweismittel</translation>
    </message>
    <message>
        <source>Case folder (exports, reports): %1</source>
        <translation>Fallordner (Exporte, Berichte): %1</translation>
    </message>
    <message>
        <source>Digests taken when each item was added to the case, and the latest verification.</source>
        <translation>Digests, die beim Hinzufügen jedes Beweismittels zum Fall erfasst wurden, und die letzte Verifizierung.</translation>
    </message>
    <message>
        <source>Digests at intake</source>
        <translation>Digests bei Aufnahme</translation>
    </message>
    <message>
        <source>Latest verification</source>
        <translation>Letzte Verifizierung</translation>
    </message>
    <message>
        <source>kind: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <source>notes: %1</source>
        <translation>Notizen: %1</translation>
    </message>
    <message>
        <source>never verified</source>
        <translation>nie verifiziert</translation>
    </message>
    <message>
        <source>Verifications</source>
        <translation>Verifizierungen</translation>
    </message>
    <message>
        <source>Evidence #</source>
        <translation>Beweismittel-Nr.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>SHA-256 found</source>
        <translation>Gefundener SHA-256</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Evidence read by this analysis</source>
        <translation>Von dieser Analyse gelesene Beweismittel</translation>
    </message>
    <message>
        <source>No evidence.</source>
        <translation>Keine Beweismittel.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>SHA-256 when analysed</source>
        <translation>SHA-256 bei der Analyse</translation>
    </message>
    <message>
        <source>Case intake</source>
        <translation>Fallaufnahme</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <source>not in a case</source>
        <translation>in keinem Fall</translation>
    </message>
    <message>
        <source>not in the case</source>
        <translation>nicht im Fall</translation>
    </message>
    <message>
        <source>same digest (item %1)</source>
        <translation>gleicher Digest (Beweismittel %1)</translation>
    </message>
    <message>
        <source>DIFFERENT digest (item %1)</source>
        <translation>ABWEICHENDER Digest (Beweismittel %1)</translation>
    </message>
    <message>
        <source>not hashed</source>
        <translation>nicht gehasht</translation>
    </message>
    <message>
        <source>The evidence was opened read-only and never extracted to disk. Each evidence file was hashed with SHA-256 when it was read. Image layers were read from the archives as they are, stacked in the order of the image configuration with whiteouts and opaque directories applied, and their digests checked against the manifest and the configuration. Container changes were taken from the read-write layer or the exported file system, and configuration, files, file contents and logs were checked against the rule set named below. Every finding names the evidence, place and content digest it rests on.</source>
        <translation>Die Beweismittel wurden schreibgeschützt geöffnet und nie auf einen Datenträger entpackt. Jede Beweismitteldatei wurde beim Lesen mit SHA-256 gehasht. Die Image-Layer wurden unverändert aus den Archiven gelesen, in der Reihenfolge der Image-Konfiguration unter Anwendung von Whiteouts und opaken Verzeichnissen gestapelt und ihre Digests mit dem Manifest und der Konfiguration abgeglichen. Die Container-Änderungen wurden dem Lese-/Schreib-Layer oder dem exportierten Dateisystem entnommen, und Konfiguration, Dateien, Dateiinhalte und Logs wurden mit dem unten genannten Regelsatz geprüft. Jeder Befund nennt das Beweismittel, die Stelle und den Inhalts-Digest, auf denen er beruht.</translation>
    </message>
    <message>
        <source>Rule set version</source>
        <translation>Version des Regelsatzes</translation>
    </message>
    <message>
        <source>Rule set SHA-256</source>
        <translation>SHA-256 des Regelsatzes</translation>
    </message>
    <message>
        <source>Rule files</source>
        <translation>Regeldateien</translation>
    </message>
    <message>
        <source>YARA rules</source>
        <translation>YARA-Regeln</translation>
    </message>
    <message>
        <source>Content rules</source>
        <translation>Inhaltsregeln</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Content scan limit</source>
        <translation>Grenze für Inhaltsscans</translation>
    </message>
    <message>
        <source>Minimum severity reported</source>
        <translation>Niedrigster berichteter Schweregrad</translation>
    </message>
    <message>
        <source>Tagged findings only</source>
        <translation>Nur markierte Befunde</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Sections left out</source>
        <translation>Ausgelassene Abschnitte</translation>
    </message>
    <message>
        <source>To reproduce the result: dockscope-cli analyze --json - EVIDENCE... | sha256sum gives the analysis result SHA-256 above for the same evidence, tool version and rule set.</source>
        <translation>Zur Reproduktion des Ergebnisses: dockscope-cli analyze --json - BEWEISMITTEL... | sha256sum liefert für dieselben Beweismittel, dieselbe Werkzeugversion und denselben Regelsatz den oben angegebenen SHA-256 des Analyseergebnisses.</translation>
    </message>
    <message>
        <source>Analyses recorded in the case</source>
        <translation>Im Fall erfasste Analysen</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Result SHA-256</source>
        <translation>SHA-256 des Ergebnisses</translation>
    </message>
    <message>
        <source>%1 finding(s) left out by the report options (minimum severity, tagged only).</source>
        <translation>%1 Befund(e) durch die Berichtsoptionen ausgelassen (Mindestschweregrad, nur markierte).</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Relevanz</translation>
    </message>
    <message>
        <source>Severity raised</source>
        <translation>Schweregrad erhöht</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Fundstellen</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 changes, from %2%3.</source>
        <translation>%1 Änderungen, aus %2%3.</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation> (geschätzt)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>No container changes in the evidence.</source>
        <translation>Keine Container-Änderungen in den Beweismitteln.</translation>
    </message>
    <message>
        <source>No dated events.</source>
        <translation>Keine datierten Ereignisse.</translation>
    </message>
    <message>
        <source>The first %1 events; %2 more are in the CSV and JSON renderings of this report.</source>
        <translation>Die ersten %1 Ereignisse; %2 weitere stehen in der CSV- und JSON-Fassung dieses Berichts.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>the case</source>
        <translation>der Fall</translation>
    </message>
    <message>
        <source>No notes or tags.</source>
        <translation>Keine Notizen oder Tags.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Tags and bookmarks</source>
        <translation>Tags und Lesezeichen</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Only the evidence listed was examined; the running host, its memory and other containers were not.</source>
        <translation>Nur die aufgeführten Beweismittel wurden untersucht; der laufende Host, sein Arbeitsspeicher und andere Container nicht.</translation>
    </message>
    <message>
        <source>File contents larger than %1 were hashed but not scanned by the content rules.</source>
        <translation>Dateiinhalte größer als %1 wurden gehasht, aber nicht mit den Inhaltsregeln durchsucht.</translation>
    </message>
    <message>
        <source>The absence of a finding does not show the absence of compromise: the rules find known patterns only.</source>
        <translation>Das Fehlen eines Befunds belegt nicht das Fehlen einer Kompromittierung: Die Regeln finden nur bekannte Muster.</translation>
    </message>
    <message>
        <source>Content rules were switched off: files were classified by name only.</source>
        <translation>Die Inhaltsregeln waren abgeschaltet: Dateien wurden nur nach ihrem Namen eingeordnet.</translation>
    </message>
    <message>
        <source>The changes of container %1 are estimated from %2, not read from its read-write layer.</source>
        <translation>Die Änderungen von Container %1 sind aus %2 geschätzt, nicht aus seinem Lese-/Schreib-Layer gelesen.</translation>
    </message>
    <message>
        <source>The analysis was cancelled: its results are incomplete.</source>
        <translation>Die Analyse wurde abgebrochen: Ihre Ergebnisse sind unvollständig.</translation>
    </message>
    <message>
        <source>%1 finding(s) are not in this report because of its options.</source>
        <translation>%1 Befund(e) sind aufgrund der Berichtsoptionen nicht in diesem Bericht enthalten.</translation>
    </message>
    <message>
        <source>No case file: the evidence digests were taken during this analysis, not at intake, and no audit log exists.</source>
        <translation>Keine Falldatei: Die Digests der Beweismittel wurden während dieser Analyse erfasst, nicht bei der Aufnahme, und es gibt kein Audit-Log.</translation>
    </message>
    <message>
        <source>No case file, so no audit log.</source>
        <translation>Keine Falldatei, daher kein Audit-Log.</translation>
    </message>
    <message>
        <source>The hash chain of all %1 entries is intact. Each entry&apos;s hash is the SHA-256 of the compact JSON array [seq, time, examiner, action, details, previous hash]; the first entry&apos;s previous hash is 64 zeros.</source>
        <translation>Die Hash-Kette aller %1 Einträge ist intakt. Der Hash jedes Eintrags ist der SHA-256 des kompakten JSON-Arrays [seq, time, examiner, action, details, previous hash]; der vorherige Hash des ersten Eintrags besteht aus 64 Nullen.</translation>
    </message>
    <message>
        <source>THE AUDIT LOG IS BROKEN at entry %1: %2</source>
        <translation>DAS AUDIT-LOG IST BESCHÄDIGT bei Eintrag %1: %2</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>No container configuration in the evidence.</source>
        <translation>Keine Container-Konfiguration in den Beweismitteln.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>No images in the evidence.</source>
        <translation>Keine Images in den Beweismitteln.</translation>
    </message>
    <message>
        <source>End of report %1.</source>
        <translation>Ende des Berichts %1.</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Schwachstelle</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Behoben in</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>no fix known</source>
        <translation>keine Korrektur bekannt</translation>
    </message>
    <message>
        <source>Verified again before this report was written</source>
        <translation>Vor dem Schreiben dieses Berichts erneut verifiziert</translation>
    </message>
    <message>
        <source>SHA-256 now</source>
        <translation>SHA-256 jetzt</translation>
    </message>
    <message>
        <source>UNREADABLE: %1</source>
        <translation>UNLESBAR: %1</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>no case</source>
        <translation>kein Fall</translation>
    </message>
    <message>
        <source>Case %1 · Report %2</source>
        <translation>Fall %1 · Bericht %2</translation>
    </message>
    <message>
        <source>Dockscope %1</source>
        <translation>Dockscope %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>TextSummary</name>
    <message>
        <source>Container file system (docker export)</source>
        <translation>Container-Dateisystem (docker export)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Beweismittel:</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plattform:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Modif.</source>
        <translation>Geänd.</translation>
    </message>
    <message>
        <source>Remov.</source>
        <translation>Entf.</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>UNREAD</source>
        <translation>UNLESBAR</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NEIN</translation>
    </message>
    <message>
        <source>Efficiency:</source>
        <translation>Effizienz:</translation>
    </message>
    <message>
        <source>Image size:</source>
        <translation>Image-Größe:</translation>
    </message>
    <message>
        <source>Wasted (dive):</source>
        <translation>Verschwendet (dive):</translation>
    </message>
    <message>
        <source>User wasted (dive):</source>
        <translation>Verschwendet, Nutzeranteil (dive):</translation>
    </message>
    <message>
        <source>n/a (no bytes above the base layer)</source>
        <translation>n. v. (keine Bytes über dem Basis-Layer)</translation>
    </message>
    <message>
        <source>Truly wasted:</source>
        <translation>Tatsächlich verschwendet:</translation>
    </message>
    <message>
        <source>Inefficient files (dive):</source>
        <translation>Ineffiziente Dateien (dive):</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Wasted</source>
        <translation>Verschw.</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>Integrity:</source>
        <translation>Integrität:</translation>
    </message>
    <message>
        <source>nothing in the evidence declares digests</source>
        <translation>in den Beweismitteln sind keine Digests deklariert</translation>
    </message>
    <message>
        <source>OK (%1 checks passed)</source>
        <translation>OK (bestandene Prüfungen: %1)</translation>
    </message>
    <message>
        <source>FAILED (%1 of %2 checks)</source>
        <translation>FEHLGESCHLAGEN (%1 von %2 Prüfungen)</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>erwartet</translation>
    </message>
    <message>
        <source>found</source>
        <translation>gefunden</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beweismittel</translation>
    </message>
    <message>
        <source>not hashed</source>
        <translation>nicht gehasht</translation>
    </message>
    <message>
        <source>platforms:</source>
        <translation>Plattformen:</translation>
    </message>
    <message>
        <source>Integrity FAILED:</source>
        <translation>Integrität FEHLGESCHLAGEN:</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Cancelled: the results are incomplete.</source>
        <translation>Abgebrochen: Die Ergebnisse sind unvollständig.</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>keine gefunden</translation>
    </message>
    <message>
        <source>Packages:</source>
        <translation>Pakete:</translation>
    </message>
    <message>
        <source>Vulnerabilities:</source>
        <translation>Schwachstellen:</translation>
    </message>
    <message>
        <source>%1 (critical %2, high %3, medium %4, low %5, unknown %6)</source>
        <translation>%1 (kritisch %2, hoch %3, mittel %4, niedrig %5, unbekannt %6)</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Analyse evidence (docker save archives, OCI layouts, docker export tarballs) and print a summary, or write the JSON document with --json.</source>
        <translation>Beweismittel (Archive von docker save, OCI-Layouts, tar-Archive von docker export) analysieren und eine Zusammenfassung ausgeben oder mit --json das JSON-Dokument schreiben.</translation>
    </message>
    <message>
        <source>Write the JSON analysis to FILE (&quot;-&quot; for standard output).</source>
        <translation>Die JSON-Analyse in DATEI schreiben („-“ für die Standardausgabe).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Include the flattened file system of every image.</source>
        <translation>Das zusammengeführte Dateisystem jedes Images einbeziehen.</translation>
    </message>
    <message>
        <source>Platform to analyse in multi-platform OCI indexes (os/arch[/variant]); default: the only one, else linux/amd64.</source>
        <translation>Zu analysierende Plattform in Multi-Plattform-OCI-Indizes (os/arch[/variant]); Standard: die einzige vorhandene, sonst linux/amd64.</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATTFORM</translation>
    </message>
    <message>
        <source>Show progress on standard error.</source>
        <translation>Fortschritt auf der Standardfehlerausgabe anzeigen.</translation>
    </message>
    <message>
        <source>EVIDENCE</source>
        <translation>BEWEISMITTEL</translation>
    </message>
    <message>
        <source>Evidence files or folders; PATH:TAG picks one tag of an OCI layout.</source>
        <translation>Beweismitteldateien oder -ordner; PFAD:TAG wählt ein Tag eines OCI-Layouts.</translation>
    </message>
    <message>
        <source>EVIDENCE...</source>
        <translation>BEWEISMITTEL...</translation>
    </message>
    <message>
        <source>dockscope-cli analyze: no evidence given</source>
        <translation>dockscope-cli analyze: keine Beweismittel angegeben</translation>
    </message>
    <message>
        <source>Evaluate dive&apos;s CI rules (efficiency, wasted bytes, user wasted percent) on images.</source>
        <translation>Die CI-Regeln von dive (Effizienz, verschwendete Bytes, verschwendeter Nutzeranteil in Prozent) auf Images anwenden.</translation>
    </message>
    <message>
        <source>dive CI configuration (default: .dive-ci when present).</source>
        <translation>dive-CI-Konfiguration (Standard: .dive-ci, falls vorhanden).</translation>
    </message>
    <message>
        <source>Fail when efficiency is below this ratio (default 0.9).</source>
        <translation>Fehlschlagen, wenn die Effizienz unter diesem Verhältnis liegt (Standard 0.9).</translation>
    </message>
    <message>
        <source>RATIO</source>
        <translation>VERHÄLTNIS</translation>
    </message>
    <message>
        <source>Fail when wasted bytes exceed this size, e.g. 20MB (default disabled).</source>
        <translation>Fehlschlagen, wenn die verschwendeten Bytes diese Größe überschreiten, z. B. 20MB (standardmäßig deaktiviert).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>Fail when wasted bytes exceed this ratio of the bytes added above the base layer (default 0.1).</source>
        <translation>Fehlschlagen, wenn die verschwendeten Bytes diesen Anteil der über dem Basis-Layer hinzugefügten Bytes überschreiten (Standard 0.1).</translation>
    </message>
    <message>
        <source>Platform to analyse.</source>
        <translation>Zu analysierende Plattform.</translation>
    </message>
    <message>
        <source>Image archive or OCI layout.</source>
        <translation>Image-Archiv oder OCI-Layout.</translation>
    </message>
    <message>
        <source>dockscope-cli ci: no evidence given</source>
        <translation>dockscope-cli ci: keine Beweismittel angegeben</translation>
    </message>
    <message>
        <source>dockscope-cli ci: cannot read %1: %2</source>
        <translation>dockscope-cli ci: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>dockscope-cli ci: no image could be read</source>
        <translation>dockscope-cli ci: Es konnte kein Image gelesen werden</translation>
    </message>
    <message>
        <source>Image: %1 (%2)</source>
        <translation>Image: %1 (%2)</translation>
    </message>
    <message>
        <source>no config</source>
        <translation>keine Config</translation>
    </message>
    <message>
        <source>Inefficient Files:</source>
        <translation>Ineffiziente Dateien:</translation>
    </message>
    <message>
        <source>Results:</source>
        <translation>Ergebnisse:</translation>
    </message>
    <message>
        <source>dockscope-cli: cannot write %1: %2</source>
        <translation>dockscope-cli: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>dockscope-cli: unknown command &quot;%1&quot;</source>
        <translation>dockscope-cli: unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>Only this container (a unique id prefix or its name) and its image.</source>
        <translation>Nur dieser Container (ein eindeutiges ID-Präfix oder sein Name) und sein Image.</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>PRÄFIX</translation>
    </message>
    <message>
        <source>List the containers of a Docker data root, a mounted disk or an evidence folder.</source>
        <translation>Die Container eines Docker-Datenverzeichnisses, eines eingehängten Datenträgers oder eines Beweismittelordners auflisten.</translation>
    </message>
    <message>
        <source>Data roots, disks, inspect output.</source>
        <translation>Datenverzeichnisse, Datenträger, inspect-Ausgaben.</translation>
    </message>
    <message>
        <source>dockscope-cli containers: no evidence given</source>
        <translation>dockscope-cli containers: keine Beweismittel angegeben</translation>
    </message>
    <message>
        <source>dockscope-cli analyze: an empty --container prefix matches every container; give a unique id prefix or a name</source>
        <translation>dockscope-cli analyze: ein leeres Präfix für --container passt auf jeden Container; geben Sie ein eindeutiges ID-Präfix oder einen Namen an</translation>
    </message>
    <message>
        <source>Also compile the YARA rules (*.yar, *.yara) of DIR; may be given more than once.</source>
        <translation>Zusätzlich die YARA-Regeln (*.yar, *.yara) aus VERZ kompilieren; mehrfach angebbar.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZ</translation>
    </message>
    <message>
        <source>Content rules look at files up to SIZE (bytes, or with K, M, G); default 16M.</source>
        <translation>Inhaltsregeln prüfen Dateien bis GRÖSSE (Bytes, oder mit K, M, G); Vorgabe 16M.</translation>
    </message>
    <message>
        <source>Do not run content rules (YARA, secrets); files are still hashed.</source>
        <translation>Keine Inhaltsregeln ausführen (YARA, Geheimnisse); Dateien werden weiterhin gehasht.</translation>
    </message>
    <message>
        <source>--rules %1: not a folder</source>
        <translation>--rules %1: kein Ordner</translation>
    </message>
    <message>
        <source>--max-scan-size %1: not a size</source>
        <translation>--max-scan-size %1: keine Größe</translation>
    </message>
    <message>
        <source>Write the timeline of the evidence (image history, file times, container lifecycle, log lines, findings) as CSV or JSON Lines for Timesketch.</source>
        <translation>Die Zeitleiste der Beweismittel (Image-Historie, Dateizeiten, Container-Lebenszyklus, Protokollzeilen, Befunde) als CSV oder JSON Lines für Timesketch schreiben.</translation>
    </message>
    <message>
        <source>csv (default) or jsonl.</source>
        <translation>csv (Vorgabe) oder jsonl.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Write to FILE (&quot;-&quot;, the default, for standard output).</source>
        <translation>In DATEI schreiben (&quot;-&quot;, die Vorgabe, für die Standardausgabe).</translation>
    </message>
    <message>
        <source>Leave out the modification times of the files of the image layers.</source>
        <translation>Die Änderungszeiten der Dateien der Image-Layer auslassen.</translation>
    </message>
    <message>
        <source>Platform to analyse in multi-platform OCI indexes.</source>
        <translation>Zu analysierende Plattform in OCI-Indizes mit mehreren Plattformen.</translation>
    </message>
    <message>
        <source>Evidence files or folders.</source>
        <translation>Beweismitteldateien oder -ordner.</translation>
    </message>
    <message>
        <source>dockscope-cli timeline: no evidence given</source>
        <translation>dockscope-cli timeline: keine Beweismittel angegeben</translation>
    </message>
    <message>
        <source>dockscope-cli timeline: unknown format &quot;%1&quot; (csv or jsonl)</source>
        <translation>dockscope-cli timeline: unbekanntes Format &quot;%1&quot; (csv oder jsonl)</translation>
    </message>
    <message>
        <source>Create a new case file and its case folder.</source>
        <translation>Eine neue Falldatei und ihren Fallordner anlegen.</translation>
    </message>
    <message>
        <source>Hash evidence items and add them to the case.</source>
        <translation>Beweismittel hashen und dem Fall hinzufügen.</translation>
    </message>
    <message>
        <source>Hash every evidence item again, compare with the intake digests and check the audit log&apos;s hash chain.</source>
        <translation>Jedes Beweismittel erneut hashen, mit den Digests der Aufnahme vergleichen und die Hash-Kette des Audit-Logs prüfen.</translation>
    </message>
    <message>
        <source>Print the case.</source>
        <translation>Den Fall ausgeben.</translation>
    </message>
    <message>
        <source>Add an examiner note to the case.</source>
        <translation>Dem Fall eine Notiz des Bearbeiters hinzufügen.</translation>
    </message>
    <message>
        <source>pdf, html, json or csv.</source>
        <translation>pdf, html, json oder csv.</translation>
    </message>
    <message>
        <source>Write the report to FILE.</source>
        <translation>Den Bericht in DATEI schreiben.</translation>
    </message>
    <message>
        <source>PDF page size: a4 (default) or letter.</source>
        <translation>PDF-Seitengröße: a4 (Vorgabe) oder letter.</translation>
    </message>
    <message>
        <source>Leave out findings below this severity (critical, high, medium, low, info).</source>
        <translation>Befunde unterhalb dieses Schweregrads auslassen (critical, high, medium, low, info).</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>SCHWEREGRAD</translation>
    </message>
    <message>
        <source>Only the findings tagged or bookmarked in the case.</source>
        <translation>Nur die im Fall mit Tag oder Lesezeichen markierten Befunde.</translation>
    </message>
    <message>
        <source>Only these sections, comma-separated (%1).</source>
        <translation>Nur diese Abschnitte, durch Kommas getrennt (%1).</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>Leave out these sections, comma-separated.</source>
        <translation>Diese Abschnitte auslassen, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>--format is required (pdf, html, json or csv)</source>
        <translation>--format ist erforderlich (pdf, html, json oder csv)</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (pdf, html, json or csv)</source>
        <translation>unbekanntes Format „%1“ (pdf, html, json oder csv)</translation>
    </message>
    <message>
        <source>-o FILE is required</source>
        <translation>-o DATEI ist erforderlich</translation>
    </message>
    <message>
        <source>unknown page size &quot;%1&quot; (a4 or letter)</source>
        <translation>unbekannte Seitengröße „%1“ (a4 oder letter)</translation>
    </message>
    <message>
        <source>unknown severity &quot;%1&quot;</source>
        <translation>unbekannter Schweregrad „%1“</translation>
    </message>
    <message>
        <source>unknown section &quot;%1&quot; (%2)</source>
        <translation>unbekannter Abschnitt „%1“ (%2)</translation>
    </message>
    <message>
        <source>Write a report (PDF, HTML, JSON or CSV) of the evidence, with or without a case.</source>
        <translation>Einen Bericht (PDF, HTML, JSON oder CSV) über die Beweismittel schreiben, mit oder ohne Fall.</translation>
    </message>
    <message>
        <source>Verify the case&apos;s evidence, analyse it and write its report; the report&apos;s SHA-256 goes into the audit log.</source>
        <translation>Die Beweismittel des Falls verifizieren, analysieren und den Bericht schreiben; der SHA-256 des Berichts wird im Audit-Log erfasst.</translation>
    </message>
    <message>
        <source>Usage: dockscope-cli case SUBCOMMAND CASE [OPTIONS] [EVIDENCE...]

Subcommands:
  new     Create a case file: case new FILE --number N --examiner NAME
  add     Hash evidence (SHA-256, SHA-1, MD5) and add it: case add FILE EVIDENCE...
  verify  Hash the evidence again and check the audit log&apos;s hash chain; exit
          code 4 on any mismatch or a broken chain.
  show    Print the case: metadata, evidence, verifications, audit log.
  note    Add an examiner note: case note FILE TEXT
  report  Verify, analyse and write a report: case report FILE --format
          pdf|html|json|csv -o OUT

SUBCOMMAND --help shows its options.
</source>
        <translation>Aufruf: dockscope-cli case UNTERBEFEHL FALL [OPTIONEN] [BEWEISMITTEL...]

Unterbefehle:
  new     Eine Falldatei anlegen: case new DATEI --number N --examiner NAME
  add     Beweismittel hashen (SHA-256, SHA-1, MD5) und hinzufügen:
          case add DATEI BEWEISMITTEL...
  verify  Die Beweismittel erneut hashen und die Hash-Kette des Audit-Logs
          prüfen; Exit-Code 4 bei jeder Abweichung oder einer unterbrochenen
          Kette.
  show    Den Fall ausgeben: Metadaten, Beweismittel, Verifizierungen,
          Audit-Log.
  note    Eine Notiz des Bearbeiters hinzufügen: case note DATEI TEXT
  report  Verifizieren, analysieren und einen Bericht schreiben:
          case report DATEI --format pdf|html|json|csv -o AUSGABE

UNTERBEFEHL --help zeigt seine Optionen.
</translation>
    </message>
    <message>
        <source>CASE</source>
        <translation>FALL</translation>
    </message>
    <message>
        <source>The case file (.dscase).</source>
        <translation>Die Falldatei (.dscase).</translation>
    </message>
    <message>
        <source>dockscope-cli case: no case file given</source>
        <translation>dockscope-cli case: keine Falldatei angegeben</translation>
    </message>
    <message>
        <source>The examiner acting now (default: the case&apos;s examiner).</source>
        <translation>Der jetzt handelnde Bearbeiter (Standard: der Bearbeiter des Falls).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The case number.</source>
        <translation>Die Fallnummer.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The examiner in charge.</source>
        <translation>Der verantwortliche Bearbeiter.</translation>
    </message>
    <message>
        <source>A name for the case.</source>
        <translation>Ein Name für den Fall.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The organisation.</source>
        <translation>Die Organisation.</translation>
    </message>
    <message>
        <source>What the case is about.</source>
        <translation>Worum es in dem Fall geht.</translation>
    </message>
    <message>
        <source>Time zone for displayed times (IANA id, default UTC).</source>
        <translation>Zeitzone für angezeigte Zeiten (IANA-ID, Standard UTC).</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>ZONE</translation>
    </message>
    <message>
        <source>dockscope-cli case new: --number and --examiner are required</source>
        <translation>dockscope-cli case new: --number und --examiner sind erforderlich</translation>
    </message>
    <message>
        <source>case %1 created: %2 (folder %3)</source>
        <translation>Fall %1 angelegt: %2 (Ordner %3)</translation>
    </message>
    <message>
        <source>Acquisition notes for the items.</source>
        <translation>Notizen zur Sicherung der Beweismittel.</translation>
    </message>
    <message>
        <source>dockscope-cli case add: no evidence given</source>
        <translation>dockscope-cli case add: keine Beweismittel angegeben</translation>
    </message>
    <message>
        <source>dockscope-cli case add: %1: not added: %2</source>
        <translation>dockscope-cli case add: %1: nicht hinzugefügt: %2</translation>
    </message>
    <message>
        <source>the case holds no evidence</source>
        <translation>der Fall enthält keine Beweismittel</translation>
    </message>
    <message>
        <source>audit log: intact (%1 entries)</source>
        <translation>Audit-Log: intakt (%1 Einträge)</translation>
    </message>
    <message>
        <source>audit log: BROKEN at entry %1: %2</source>
        <translation>Audit-Log: BESCHÄDIGT bei Eintrag %1: %2</translation>
    </message>
    <message>
        <source>Case %1 %2</source>
        <translation>Fall %1 %2</translation>
    </message>
    <message>
        <source>Examiner: %1</source>
        <translation>Bearbeiter: %1</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <source>Created: %1 (time zone %2)</source>
        <translation>Angelegt: %1 (Zeitzone %2)</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Ordner: %1</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Beweismittel:</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht verifiziert</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>Audit log:</source>
        <translation>Audit-Log:</translation>
    </message>
    <message>
        <source>The note.</source>
        <translation>Die Notiz.</translation>
    </message>
    <message>
        <source>dockscope-cli case note: no text given</source>
        <translation>dockscope-cli case note: kein Text angegeben</translation>
    </message>
    <message>
        <source>dockscope-cli case: unknown subcommand &quot;%1&quot;</source>
        <translation>dockscope-cli case: unbekannter Unterbefehl „%1“</translation>
    </message>
    <message>
        <source>dockscope-cli: evidence item %1 does not verify: %2 %3</source>
        <translation>dockscope-cli: Beweismittel %1 lässt sich nicht verifizieren: %2 %3</translation>
    </message>
    <message>
        <source>%1: the audit log is broken at entry %2: %3</source>
        <translation>%1: das Audit-Log ist bei Eintrag %2 beschädigt: %3</translation>
    </message>
    <message>
        <source>%1: cannot write %2: %3</source>
        <translation>%1: %2 kann nicht geschrieben werden: %3</translation>
    </message>
    <message>
        <source>report %1 written to %2</source>
        <translation>Bericht %1 nach %2 geschrieben</translation>
    </message>
    <message>
        <source>Include this case&apos;s metadata, verifications, notes, tags and audit log, and record the report in it.</source>
        <translation>Metadaten, Verifizierungen, Notizen, Tags und Audit-Log dieses Falls einbeziehen und den Bericht darin erfassen.</translation>
    </message>
    <message>
        <source>dockscope-cli report: no evidence given</source>
        <translation>dockscope-cli report: keine Beweismittel angegeben</translation>
    </message>
    <message>
        <source>dockscope-cli case report: give one case file</source>
        <translation>dockscope-cli case report: genau eine Falldatei angeben</translation>
    </message>
    <message>
        <source>dockscope-cli case report: the case holds no evidence (case add)</source>
        <translation>dockscope-cli case report: der Fall enthält keine Beweismittel (case add)</translation>
    </message>
    <message>
        <source>Preserve a container from a live Docker host into a new evidence folder: engine info and version, the container list, the container&apos;s inspect, processes, changes, logs (both streams, with timestamps), file system export, image inspect, history and save, and the paths asked for. Every artefact is streamed to disk while hashed and listed in manifest.json with its API call, UTC times, size and SHA-256; every step is written to acquisition.log; the folder is made read-only at the end. The manifest&apos;s SHA-256 is printed last.

Exit codes: 0 complete, 1 some steps failed (see the log), 2 usage error, 3 nothing could be acquired.</source>
        <translation>Einen Container von einem laufenden Docker-Host in einen neuen Beweismittelordner sichern: Engine-Infos und -Version, die Containerliste, inspect, Prozesse, Änderungen und Logs des Containers (beide Streams, mit Zeitstempeln), Export des Dateisystems, inspect, Historie und save des Images sowie die angeforderten Pfade. Jedes Artefakt wird beim Hashen auf den Datenträger gestreamt und in manifest.json mit seinem API-Aufruf, UTC-Zeiten, Größe und SHA-256 aufgeführt; jeder Schritt wird in acquisition.log geschrieben; am Ende wird der Ordner schreibgeschützt. Der SHA-256 des Manifests wird zuletzt ausgegeben.

Exit-Codes: 0 vollständig, 1 einige Schritte fehlgeschlagen (siehe Log), 2 Aufruffehler, 3 nichts konnte gesichert werden.</translation>
    </message>
    <message>
        <source>The engine: unix:///path/docker.sock (default unix:///var/run/docker.sock) or tcp://host:port.</source>
        <translation>Die Engine: unix:///path/docker.sock (Standard unix:///var/run/docker.sock) oder tcp://host:port.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>The container: id, unique id prefix or name.</source>
        <translation>Der Container: ID, eindeutiges ID-Präfix oder Name.</translation>
    </message>
    <message>
        <source>ID|NAME</source>
        <translation>ID|NAME</translation>
    </message>
    <message>
        <source>The new acquisition folder (must not exist, or be empty).</source>
        <translation>Der neue Sicherungsordner (darf nicht existieren oder muss leer sein).</translation>
    </message>
    <message>
        <source>The examiner&apos;s name, for the log and the manifest.</source>
        <translation>Der Name des Bearbeiters, für das Log und das Manifest.</translation>
    </message>
    <message>
        <source>Comma-separated paths in the container to copy as tar archives (/var/log,/tmp,/etc/passwd).</source>
        <translation>Durch Kommas getrennte Pfade im Container, die als tar-Archive kopiert werden (/var/log,/tmp,/etc/passwd).</translation>
    </message>
    <message>
        <source>PATHS</source>
        <translation>PFADE</translation>
    </message>
    <message>
        <source>Also commit the container&apos;s current state to a new image on the host and save it (changes the host: logged).</source>
        <translation>Zusätzlich den aktuellen Zustand des Containers auf dem Host als neues Image committen und speichern (verändert den Host: wird protokolliert).</translation>
    </message>
    <message>
        <source>Also read the network connections by running a process in the container (changes its state: logged).</source>
        <translation>Zusätzlich die Netzwerkverbindungen lesen, indem ein Prozess im Container gestartet wird (verändert seinen Zustand: wird protokolliert).</translation>
    </message>
    <message>
        <source>Do not echo the acquisition log on stderr.</source>
        <translation>Das Sicherungs-Log nicht auf stderr ausgeben.</translation>
    </message>
    <message>
        <source>dockscope-cli acquire: --container and -o DIR are required</source>
        <translation>dockscope-cli acquire: --container und -o VERZ sind erforderlich</translation>
    </message>
    <message>
        <source>dockscope-cli acquire: %1</source>
        <translation>dockscope-cli acquire: %1</translation>
    </message>
    <message>
        <source>Acquisition %1: %2 of %3 artefacts complete</source>
        <translation>Sicherung %1: %2 von %3 Artefakten vollständig</translation>
    </message>
    <message>
        <source>Container: %1 (%2)</source>
        <translation>Container: %1 (%2)</translation>
    </message>
    <message>
        <source>Manifest: %1</source>
        <translation>Manifest: %1</translation>
    </message>
    <message>
        <source>Manifest SHA-256: %1</source>
        <translation>SHA-256 des Manifests: %1</translation>
    </message>
    <message>
        <source>Hash every file the package databases record a checksum for (default: only files a later layer or the container rewrote).</source>
        <translation>Jede Datei hashen, für die die Paketdatenbanken eine Prüfsumme erfassen (Standard: nur Dateien, die ein späterer Layer oder der Container überschrieben hat).</translation>
    </message>
    <message>
        <source>Usage: dockscope-cli COMMAND [OPTIONS] EVIDENCE...

Forensic analysis of Docker images and containers, offline.

Commands:
  acquire   Preserve a container from a live Docker host into a hashed, read-only
            evidence folder (--host unix:///var/run/docker.sock --container ID -o DIR).
  analyze   Read evidence, rebuild the layers, verify the digest chain; print a
            summary or write the JSON analysis (--json FILE|-).
  case      Keep a case file: case new|add|verify|show|note|report (case --help).
  ci        Evaluate dive&apos;s CI rules (efficiency, wasted bytes) on images.
  containers List the containers of a data root, disk or evidence folder.
  report    Write a PDF, HTML, JSON or CSV report of evidence, with or without a
            case (--case FILE --format FORMAT -o FILE).
  sbom      Write an image&apos;s packages as an SBOM (--format cyclonedx|spdx, -o FILE).
  timeline  Write the timeline as CSV or JSON Lines for Timesketch
            (--format csv|jsonl, -o FILE).

Options:
  -h, --help     Show this help (COMMAND --help for a command&apos;s options).
  -v, --version  Show the version.

Exit codes: 0 analysed, 1 analysed with warnings about the evidence (ci: a rule
failed), 2 usage error, 3 no evidence could be read, 4 case evidence does not
verify or the audit log is broken.

Examples:
  dockscope-cli analyze suspicious.tar
  dockscope-cli analyze --files --json report.json image.tar export.tar
  dockscope-cli analyze --platform linux/arm64 ./oci-layout
  dockscope-cli ci --lowest-efficiency 0.95 image.tar
  dockscope-cli containers /mnt/evidence
  dockscope-cli analyze --container 7b02fb --json - /mnt/evidence
  dockscope-cli analyze --rules ./my-yara --max-scan-size 64M image.tar
  dockscope-cli timeline --format jsonl -o timeline.jsonl /mnt/evidence
  dockscope-cli case new incident.dscase --number 2026-042 --examiner &quot;A. Example&quot;
  dockscope-cli case add incident.dscase image.tar inspect.json
  dockscope-cli case verify incident.dscase
  dockscope-cli case report incident.dscase --format pdf -o report.pdf
  dockscope-cli report --format html -o report.html image.tar
  dockscope-cli acquire --container web-1 --examiner &quot;A. Example&quot; -o ./acq-web-1
  dockscope-cli analyze ./acq-web-1
</source>
        <translation>Aufruf: dockscope-cli BEFEHL [OPTIONEN] BEWEISMITTEL...

Forensische Offline-Analyse von Docker-Images und -Containern.

Befehle:
  acquire   Einen Container von einem laufenden Docker-Host in einen gehashten,
            schreibgeschützten Beweismittelordner sichern
            (--host unix:///var/run/docker.sock --container ID -o VERZ).
  analyze   Beweismittel lesen, die Layer rekonstruieren, die Digest-Kette
            prüfen; eine Zusammenfassung ausgeben oder die JSON-Analyse
            schreiben (--json DATEI|-).
  case      Eine Falldatei führen: case new|add|verify|show|note|report
            (case --help).
  ci        Die CI-Regeln von dive (Effizienz, verschwendete Bytes) auf
            Images anwenden.
  containers Die Container eines Datenverzeichnisses, eines Datenträgers
             oder eines Beweismittelordners auflisten.
  report    Einen PDF-, HTML-, JSON- oder CSV-Bericht über Beweismittel
            schreiben, mit oder ohne Fall
            (--case DATEI --format FORMAT -o DATEI).
  sbom      Die Pakete eines Images als SBOM schreiben
            (--format cyclonedx|spdx, -o DATEI).
  timeline  Die Zeitleiste als CSV oder JSON Lines für Timesketch schreiben
            (--format csv|jsonl, -o DATEI).

Optionen:
  -h, --help     Diese Hilfe anzeigen (BEFEHL --help zeigt die Optionen
                 eines Befehls).
  -v, --version  Die Version anzeigen.

Exit-Codes: 0 analysiert, 1 analysiert mit Warnungen zu den Beweismitteln
(ci: eine Regel nicht erfüllt), 2 Aufruffehler, 3 kein Beweismittel lesbar,
4 Beweismittel des Falls nicht verifiziert oder Audit-Log beschädigt.

Beispiele:
  dockscope-cli analyze suspicious.tar
  dockscope-cli analyze --files --json report.json image.tar export.tar
  dockscope-cli analyze --platform linux/arm64 ./oci-layout
  dockscope-cli ci --lowest-efficiency 0.95 image.tar
  dockscope-cli containers /mnt/evidence
  dockscope-cli analyze --container 7b02fb --json - /mnt/evidence
  dockscope-cli analyze --rules ./my-yara --max-scan-size 64M image.tar
  dockscope-cli timeline --format jsonl -o timeline.jsonl /mnt/evidence
  dockscope-cli case new incident.dscase --number 2026-042 --examiner &quot;A. Example&quot;
  dockscope-cli case add incident.dscase image.tar inspect.json
  dockscope-cli case verify incident.dscase
  dockscope-cli case report incident.dscase --format pdf -o report.pdf
  dockscope-cli report --format html -o report.html image.tar
  dockscope-cli acquire --container web-1 --examiner &quot;A. Example&quot; -o ./acq-web-1
  dockscope-cli analyze ./acq-web-1
</translation>
    </message>
    <message>
        <source>Match the packages found against the OSV vulnerability files (*.json) under DIR.</source>
        <translation>Die gefundenen Pakete mit den OSV-Schwachstellendateien (*.json) unter VERZ abgleichen.</translation>
    </message>
    <message>
        <source>--vuln-db %1: not a folder</source>
        <translation>--vuln-db %1: kein Ordner</translation>
    </message>
    <message>
        <source>Write the software bill of materials of an image (its packages, with purls, hashes and the layer that brought each) as CycloneDX 1.5 or SPDX 2.3 JSON.</source>
        <translation>Die Software-Stückliste (SBOM) eines Images (seine Pakete mit purls, Hashes und dem Layer, der jedes davon mitbrachte) als CycloneDX-1.5- oder SPDX-2.3-JSON schreiben.</translation>
    </message>
    <message>
        <source>cyclonedx (default) or spdx.</source>
        <translation>cyclonedx (Vorgabe) oder spdx.</translation>
    </message>
    <message>
        <source>The image (an id prefix or a tag) when the evidence holds several.</source>
        <translation>Das Image (ein ID-Präfix oder ein Tag), wenn die Beweismittel mehrere enthalten.</translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation>IMAGE</translation>
    </message>
    <message>
        <source>dockscope-cli sbom: no evidence given</source>
        <translation>dockscope-cli sbom: keine Beweismittel angegeben</translation>
    </message>
    <message>
        <source>dockscope-cli sbom: unknown format &quot;%1&quot; (cyclonedx or spdx)</source>
        <translation>dockscope-cli sbom: unbekanntes Format „%1“ (cyclonedx oder spdx)</translation>
    </message>
    <message>
        <source>dockscope-cli sbom: no image found in the evidence</source>
        <translation>dockscope-cli sbom: kein Image in den Beweismitteln gefunden</translation>
    </message>
    <message>
        <source>Describe this container&apos;s file system instead (a unique id prefix or its name): its read-write layer on its image in a data root, or its docker export.</source>
        <translation>Stattdessen das Dateisystem dieses Containers beschreiben (ein eindeutiges ID-Präfix oder sein Name): seine Schreib-Layer über seinem Image in einem Datenverzeichnis oder sein docker export.</translation>
    </message>
    <message>
        <source>CONTAINER</source>
        <translation>CONTAINER</translation>
    </message>
    <message>
        <source>dockscope-cli sbom: --container needs a non-empty id prefix or name, and goes without --image</source>
        <translation>dockscope-cli sbom: --container braucht ein nicht leeres ID-Präfix oder einen Namen und steht ohne --image</translation>
    </message>
    <message>
        <source>dockscope-cli sbom: no file system of container &quot;%1&quot; in the evidence (a data root with its read-write layer, or its docker export with its inspect output)</source>
        <translation>dockscope-cli sbom: kein Dateisystem des Containers „%1“ in den Beweismitteln (ein Datenverzeichnis mit seiner Schreib-Layer oder sein docker export mit seiner inspect-Ausgabe)</translation>
    </message>
    <message>
        <source>dockscope-cli sbom: the evidence holds %1 images; choose one with --image or --container:</source>
        <translation>dockscope-cli sbom: die Beweismittel enthalten %1 Images; wählen Sie eines mit --image oder --container:</translation>
    </message>
</context>
<context>
    <name>dockscope::AcquireProgressPage</name>
    <message>
        <source>Acquiring</source>
        <translation>Sicherung läuft</translation>
    </message>
    <message>
        <source>Every artefact is streamed to disk while it is hashed. Cancel stops after the current read; what was written stays, listed in the manifest.</source>
        <translation>Jedes Artefakt wird beim Hashen auf den Datenträger gestreamt. Abbrechen hält nach dem aktuellen Lesevorgang an; was geschrieben wurde, bleibt erhalten und ist im Manifest aufgeführt.</translation>
    </message>
    <message>
        <source>Open the acquisition as evidence when done</source>
        <translation>Sicherung nach Abschluss als Beweismittel öffnen</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Step %1 of about %2: %3 (%4 MB)</source>
        <translation>Schritt %1 von etwa %2: %3 (%4 MB)</translation>
    </message>
    <message>
        <source>Step %1 of about %2: %3</source>
        <translation>Schritt %1 von etwa %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Acquisition complete: %n artefact(s).</source>
        <translation>
            <numerusform>Sicherung vollständig: %n Artefakt.</numerusform>
            <numerusform>Sicherung vollständig: %n Artefakte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Acquisition partial: %1 of %2 artefacts complete; see the log.</source>
        <translation>Sicherung unvollständig: %1 von %2 Artefakten vollständig; siehe Log.</translation>
    </message>
    <message>
        <source>Acquisition cancelled; what was written is listed in the manifest.</source>
        <translation>Sicherung abgebrochen; was geschrieben wurde, ist im Manifest aufgeführt.</translation>
    </message>
    <message>
        <source>Acquisition failed: %1</source>
        <translation>Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Manifest: %1
Manifest SHA-256: %2</source>
        <translation>Manifest: %1
SHA-256 des Manifests: %2</translation>
    </message>
</context>
<context>
    <name>dockscope::AcquireWizard</name>
    <message>
        <source>Acquire from Docker Host</source>
        <translation>Von Docker-Host sichern</translation>
    </message>
    <message>
        <source>Engine and container</source>
        <translation>Engine und Container</translation>
    </message>
    <message>
        <source>Dockscope speaks the Docker Engine API over the engine&apos;s socket itself; nothing is started on the host unless you ask for it on the next page.</source>
        <translation>Dockscope spricht die Docker-Engine-API selbst über den Socket der Engine; auf dem Host wird nichts gestartet, es sei denn, Sie fordern es auf der nächsten Seite an.</translation>
    </message>
    <message>
        <source>&amp;List Containers</source>
        <translation>Container &amp;auflisten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>id, unique id prefix or name</source>
        <translation>ID, eindeutiges ID-Präfix oder Name</translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>&amp;Engine:</translation>
    </message>
    <message>
        <source>C&amp;ontainer:</source>
        <translation>C&amp;ontainer:</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>%1 wird abgefragt…</translation>
    </message>
    <message numerus="yes">
        <source>%n container(s) on this engine.</source>
        <translation>
            <numerusform>%n Container auf dieser Engine.</numerusform>
            <numerusform>%n Container auf dieser Engine.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot list the containers: %1</source>
        <translation>Die Container können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>What to preserve</source>
        <translation>Was gesichert wird</translation>
    </message>
    <message>
        <source>Always collected: engine info and version, all containers, the container&apos;s inspect, processes, changes, logs, file system export and its image.</source>
        <translation>Immer erfasst: Engine-Infos und -Version, alle Container, inspect, Prozesse, Änderungen, Logs und Dateisystem-Export des Containers sowie sein Image.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Commit the container to a new image and save it</source>
        <translation>Den Container als neues Image committen und speichern</translation>
    </message>
    <message>
        <source>Creates an image on the host and pauses the container while it is committed. Logged.</source>
        <translation>Legt ein Image auf dem Host an und pausiert den Container während des Commits. Wird protokolliert.</translation>
    </message>
    <message>
        <source>Read the network connections by running a process in the container</source>
        <translation>Die Netzwerkverbindungen lesen, indem ein Prozess im Container gestartet wird</translation>
    </message>
    <message>
        <source>Starts cat of /proc/net/* inside the container: changes its state. Logged.</source>
        <translation>Startet cat auf /proc/net/* im Container: verändert seinen Zustand. Wird protokolliert.</translation>
    </message>
    <message>
        <source>E&amp;xaminer:</source>
        <translation>&amp;Bearbeiter:</translation>
    </message>
    <message>
        <source>&amp;Paths to copy:</source>
        <translation>Zu kopierende &amp;Pfade:</translation>
    </message>
    <message>
        <source>&amp;New folder:</source>
        <translation>&amp;Neuer Ordner:</translation>
    </message>
    <message>
        <source>Parent Folder of the Acquisition</source>
        <translation>Übergeordneter Ordner der Sicherung</translation>
    </message>
</context>
<context>
    <name>dockscope::CasePropertiesDialog</name>
    <message>
        <source>New Case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <source>Case Properties</source>
        <translation>Falleigenschaften</translation>
    </message>
    <message>
        <source>as your organisation numbers cases, e.g. 2026-0142</source>
        <translation>nach dem Nummernschema Ihrer Organisation, z. B. 2026-0142</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>Fall&amp;nummer:</translation>
    </message>
    <message>
        <source>Case n&amp;ame:</source>
        <translation>Fallna&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Examiner:</source>
        <translation>&amp;Bearbeiter:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Bes&amp;chreibung:</translation>
    </message>
    <message>
        <source>Display &amp;time zone:</source>
        <translation>Anzeige-&amp;Zeitzone:</translation>
    </message>
</context>
<context>
    <name>dockscope::CaseSession</name>
    <message>
        <source>Verifying the evidence hashes</source>
        <translation>Hashes der Beweismittel werden verifiziert</translation>
    </message>
    <message>
        <source>%1: already in the case</source>
        <translation>%1: bereits im Fall</translation>
    </message>
    <message>
        <source>Hashing the evidence (SHA-256, SHA-1, MD5)</source>
        <translation>Beweismittel werden gehasht (SHA-256, SHA-1, MD5)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The analysis could not be recorded in the case file.</source>
        <translation>Die Analyse konnte nicht in der Falldatei erfasst werden.</translation>
    </message>
    <message>
        <source>The report could not be recorded in the case file.</source>
        <translation>Der Bericht konnte nicht in der Falldatei erfasst werden.</translation>
    </message>
</context>
<context>
    <name>dockscope::CaseView</name>
    <message>
        <source>the case</source>
        <translation>der Fall</translation>
    </message>
    <message>
        <source>finding: %1</source>
        <translation>Befund: %1</translation>
    </message>
    <message>
        <source>file: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>not verified yet</source>
        <translation>noch nicht verifiziert</translation>
    </message>
    <message>
        <source>match (%1)</source>
        <translation>übereinstimmend (%1)</translation>
    </message>
    <message>
        <source>MISMATCH (%1): SHA-256 now %2</source>
        <translation>ABWEICHUNG (%1): SHA-256 jetzt %2</translation>
    </message>
    <message>
        <source>MISSING (%1)</source>
        <translation>FEHLT (%1)</translation>
    </message>
    <message>
        <source>UNREADABLE (%1): %2</source>
        <translation>UNLESBAR (%1): %2</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256 at intake</source>
        <translation>SHA-256 bei Aufnahme</translation>
    </message>
    <message>
        <source>SHA-1</source>
        <translation>SHA-1</translation>
    </message>
    <message>
        <source>MD5</source>
        <translation>MD5</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Latest verification</source>
        <translation>Letzte Verifizierung</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Zugeordnet zu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>No case is open. File → New Case… keeps the evidence hashes, notes, tags and an audit log; File → Open Case… opens one.</source>
        <translation>Kein Fall geöffnet. Datei → Neuer Fall… führt die Hashes der Beweismittel, Notizen, Tags und ein Audit-Log; Datei → Fall öffnen… öffnet einen vorhandenen Fall.</translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation>Eigenschaften…</translation>
    </message>
    <message>
        <source>Add Note…</source>
        <translation>Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>Verify Evidence</source>
        <translation>Beweismittel verifizieren</translation>
    </message>
    <message>
        <source>Open Case Folder</source>
        <translation>Fallordner öffnen</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beweismittel</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Tags and Bookmarks</source>
        <translation>Tags und Lesezeichen</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Audit-Log</translation>
    </message>
    <message>
        <source>Remove Note</source>
        <translation>Notiz entfernen</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>Tag entfernen</translation>
    </message>
    <message numerus="yes">
        <source>EVIDENCE VERIFICATION FAILED: %n evidence item(s) no longer match their intake hashes.</source>
        <translation>
            <numerusform>VERIFIZIERUNG DER BEWEISMITTEL FEHLGESCHLAGEN: %n Beweismittel stimmt nicht mehr mit seinen Hashes bei der Aufnahme überein.</numerusform>
            <numerusform>VERIFIZIERUNG DER BEWEISMITTEL FEHLGESCHLAGEN: %n Beweismittel stimmen nicht mehr mit ihren Hashes bei der Aufnahme überein.</numerusform>
        </translation>
    </message>
    <message>
        <source>EVIDENCE VERIFICATION FAILED earlier in this case; the latest verification of every item matched. The failure stays in the audit log and in every report.</source>
        <translation>VERIFIZIERUNG DER BEWEISMITTEL früher in diesem Fall FEHLGESCHLAGEN; die letzte Verifizierung jedes Beweismittels stimmte überein. Der Fehlschlag bleibt im Audit-Log und in jedem Bericht erhalten.</translation>
    </message>
    <message>
        <source>No evidence in the case yet.</source>
        <translation>Noch keine Beweismittel im Fall.</translation>
    </message>
    <message>
        <source>%1 of %2 evidence items verified.</source>
        <translation>%1 von %2 Beweismitteln verifiziert.</translation>
    </message>
    <message numerus="yes">
        <source>All %n evidence item(s) match their intake hashes.</source>
        <translation>
            <numerusform>%n Beweismittel stimmt mit seinen Hashes bei der Aufnahme überein.</numerusform>
            <numerusform>Alle %n Beweismittel stimmen mit ihren Hashes bei der Aufnahme überein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit log: %n entries, hash chain intact.</source>
        <translation>
            <numerusform>Audit-Log: %n Eintrag, Hash-Kette intakt.</numerusform>
            <numerusform>Audit-Log: %n Einträge, Hash-Kette intakt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log: hash chain BROKEN at entry %1: %2</source>
        <translation>Audit-Log: Hash-Kette UNTERBROCHEN bei Eintrag %1: %2</translation>
    </message>
    <message>
        <source>Entry %1
Hash %2
Previous %3
%4</source>
        <translation>Eintrag %1
Hash %2
Vorheriger %3
%4</translation>
    </message>
    <message>
        <source>check: %1</source>
        <translation>Prüfung: %1</translation>
    </message>
    <message>
        <source>event: %1</source>
        <translation>Ereignis: %1</translation>
    </message>
    <message>
        <source>Case %1%2
Examiner %3%4
%5</source>
        <translation>Fall %1%2
Bearbeiter %3%4
%5</translation>
    </message>
</context>
<context>
    <name>dockscope::ChecklistModel</name>
    <message>
        <source>Container: %1</source>
        <translation>Container: %1</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Wert: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Read from: %1</source>
        <translation>Gelesen aus: %1</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(nicht erfasst)</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n. z.</translation>
    </message>
</context>
<context>
    <name>dockscope::ChecklistView</name>
    <message>
        <source>Filter checks</source>
        <translation>Prüfungen filtern</translation>
    </message>
    <message>
        <source>Shows the checks whose container, ID, title, value or source contains this text (case-insensitive).</source>
        <translation>Zeigt die Prüfungen, deren Container, ID, Titel, Wert oder Quelle diesen Text enthält (ohne Beachtung der Groß-/Kleinschreibung).</translation>
    </message>
    <message>
        <source>Shows only checks with this outcome</source>
        <translation>Zeigt nur Prüfungen mit diesem Ergebnis</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>Fail and warn</source>
        <translation>Fehler und Warnung</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warn</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>No checklist: the runtime configuration checks (RT-01 to RT-20) of containers read from inspect output or a Docker data root arrive with the checklist engine.</source>
        <translation>Keine Checkliste: Die Prüfungen der Laufzeitkonfiguration (RT-01 bis RT-20) von Containern aus inspect-Ausgaben oder einem Docker-Datenverzeichnis folgen mit der Checklisten-Engine.</translation>
    </message>
    <message>
        <source>Shows only this check, for every container</source>
        <translation>Zeigt nur diese Prüfung, für jeden Container</translation>
    </message>
    <message>
        <source>All checks</source>
        <translation>Alle Prüfungen</translation>
    </message>
</context>
<context>
    <name>dockscope::EvidenceModel</name>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <source>read, hashed at intake</source>
        <translation>gelesen, bei der Aufnahme gehasht</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message>
        <source>Platforms: %1</source>
        <translation>Plattformen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n artifact(s) listed, not analysed</source>
        <translation>
            <numerusform>%n Artefakt aufgeführt, nicht analysiert</numerusform>
            <numerusform>%n Artefakte aufgeführt, nicht analysiert</numerusform>
        </translation>
    </message>
    <message>
        <source>container file system</source>
        <translation>Container-Dateisystem</translation>
    </message>
    <message>
        <source>&lt;untagged&gt; %1</source>
        <translation>&lt;ohne Tag&gt; %1</translation>
    </message>
    <message>
        <source>export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>nothing to verify against</source>
        <translation>keine Referenz zum Verifizieren</translation>
    </message>
    <message>
        <source>%1 of %2 layers verified</source>
        <translation>%1 von %2 Layern verifiziert</translation>
    </message>
    <message>
        <source>Image %1
Platform %2
Created %3</source>
        <translation>Image %1
Plattform %2
Erstellt %3</translation>
    </message>
    <message>
        <source>(no config)</source>
        <translation>(keine Config)</translation>
    </message>
    <message>
        <source>container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beweismittel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifizierung</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>VERIFICATION FAILED: %1</source>
        <translation>VERIFIZIERUNG FEHLGESCHLAGEN: %1</translation>
    </message>
    <message>
        <source>verified %1</source>
        <translation>verifiziert %1</translation>
    </message>
</context>
<context>
    <name>dockscope::EvidenceView</name>
    <message>
        <source>No evidence yet. Drop docker save archives, OCI layouts or docker export tarballs here, or use File ▸ Add Evidence.</source>
        <translation>Noch keine Beweismittel. Legen Sie Archive von docker save, OCI-Layouts oder tar-Archive von docker export hier ab oder verwenden Sie Datei ▸ Beweismittel hinzufügen.</translation>
    </message>
</context>
<context>
    <name>dockscope::FileMetadataView</name>
    <message>
        <source>Path:</source>
        <translation>Pfad:</translation>
    </message>
    <message>
        <source>Name as stored:</source>
        <translation>Gespeicherter Name:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>Owner (uid:gid):</source>
        <translation>Eigentümer (uid:gid):</translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Layer:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Beweismittel:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Link target:</source>
        <translation>Linkziel:</translation>
    </message>
    <message>
        <source>Extended attributes:</source>
        <translation>Erweiterte Attribute:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Hinweise:</translation>
    </message>
    <message>
        <source>Regular file</source>
        <translation>Reguläre Datei</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Symbolic link</source>
        <translation>Symbolischer Link</translation>
    </message>
    <message>
        <source>Hard link</source>
        <translation>Hardlink</translation>
    </message>
    <message>
        <source>Character device %1, %2</source>
        <translation>Zeichengerät %1, %2</translation>
    </message>
    <message>
        <source>Block device %1, %2</source>
        <translation>Blockgerät %1, %2</translation>
    </message>
    <message>
        <source>Named pipe (FIFO)</source>
        <translation>Benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <source>Whiteout: removes /%1 from the layers below</source>
        <translation>Whiteout: entfernt /%1 aus den darunterliegenden Layern</translation>
    </message>
    <message>
        <source>Opaque marker: hides what the layers below put in /%1</source>
        <translation>Opak-Markierung: verbirgt, was die darunterliegenden Layer in /%1 abgelegt haben</translation>
    </message>
    <message>
        <source>aufs metadata, not a file</source>
        <translation>aufs-Metadaten, keine Datei</translation>
    </message>
    <message>
        <source>The layer lists this path more than once; this copy is the later one</source>
        <translation>Der Layer führt diesen Pfad mehrfach auf; dies ist die spätere Kopie</translation>
    </message>
    <message>
        <source>The layer ends inside this file&apos;s data</source>
        <translation>Der Layer endet innerhalb der Daten dieser Datei</translation>
    </message>
    <message>
        <source>The name climbs above the layer root (path traversal); never applied</source>
        <translation>Der Name führt über die Layer-Wurzel hinaus (Path Traversal); wird nie angewendet</translation>
    </message>
    <message>
        <source>Stored with an absolute name</source>
        <translation>Mit absolutem Namen gespeichert</translation>
    </message>
    <message>
        <source>The name is not valid UTF-8; invalid bytes are shown as \xNN</source>
        <translation>Der Name ist kein gültiges UTF-8; ungültige Bytes werden als \xNN angezeigt</translation>
    </message>
    <message>
        <source>… (%1 bytes)</source>
        <translation>… (%1 Bytes)</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>Layer %1, member %2</source>
        <translation>Layer %1, Archiveintrag %2</translation>
    </message>
    <message>
        <source>Bytes from /%1 in member %2</source>
        <translation>Bytes aus /%1 in Archiveintrag %2</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Image %1</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>nicht berechnet</translation>
    </message>
</context>
<context>
    <name>dockscope::FileTreeModel</name>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>unmodified</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>[opaque]</source>
        <translation>[opak]</translation>
    </message>
    <message>
        <source>In layer %1: %2</source>
        <translation>In Layer %1: %2</translation>
    </message>
    <message>
        <source>Deleted by a whiteout (.wh.%1)</source>
        <translation>Durch ein Whiteout gelöscht (.wh.%1)</translation>
    </message>
    <message>
        <source>Hidden because its directory was made opaque (.wh..wh..opq)</source>
        <translation>Verborgen, weil das Verzeichnis opak gemacht wurde (.wh..wh..opq)</translation>
    </message>
    <message>
        <source>Removed because a file replaced its directory</source>
        <translation>Entfernt, weil eine Datei das Verzeichnis ersetzt hat</translation>
    </message>
    <message>
        <source>This layer made the directory opaque: lower layers&apos; contents are hidden</source>
        <translation>Dieser Layer hat das Verzeichnis opak gemacht: Inhalte tieferer Layer sind verborgen</translation>
    </message>
    <message>
        <source>Last written by layer %1</source>
        <translation>Zuletzt geschrieben von Layer %1</translation>
    </message>
    <message>
        <source>Directory implied by the paths below it (no layer lists it)</source>
        <translation>Verzeichnis, das sich aus den Pfaden darunter ergibt (kein Layer führt es auf)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>UID:GID</source>
        <translation>UID:GID</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
</context>
<context>
    <name>dockscope::FileViewer</name>
    <message>
        <source> … [%1 more characters]</source>
        <translation> … [%1 weitere Zeichen]</translation>
    </message>
    <message>
        <source>Export file…</source>
        <translation>Datei exportieren…</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Show the content as text with line numbers</source>
        <translation>Inhalt als Text mit Zeilennummern anzeigen</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Show the content as offsets, hexadecimal bytes and ASCII</source>
        <translation>Inhalt als Offsets, hexadezimale Bytes und ASCII anzeigen</translation>
    </message>
    <message>
        <source>Write a copy of this file and its SHA-256 into the case&apos;s export folder (never beside the evidence)</source>
        <translation>Eine Kopie dieser Datei und ihren SHA-256-Hash in den Exportordner des Falls schreiben (nie neben das Beweismittel)</translation>
    </message>
    <message>
        <source>Select a file to see its content and metadata.</source>
        <translation>Wählen Sie eine Datei aus, um Inhalt und Metadaten anzuzeigen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 bytes; export the file to get all of it.</source>
        <translation>Die ersten %1 von %2 Bytes werden angezeigt; exportieren Sie die Datei, um sie vollständig zu erhalten.</translation>
    </message>
    <message>
        <source>The content could not be read completely: %1</source>
        <translation>Der Inhalt konnte nicht vollständig gelesen werden: %1</translation>
    </message>
    <message>
        <source>The content could not be read: %1</source>
        <translation>Der Inhalt konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The SHA-256 of the content read now (%1) differs from the one recorded by the analysis.</source>
        <translation>Der SHA-256-Hash des jetzt gelesenen Inhalts (%1) weicht von dem bei der Analyse erfassten ab.</translation>
    </message>
    <message>
        <source>No content could be read.</source>
        <translation>Es konnte kein Inhalt gelesen werden.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Die Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>(empty file)</source>
        <translation>(leere Datei)</translation>
    </message>
    <message>
        <source>Preparing the text view…</source>
        <translation>Textansicht wird vorbereitet…</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) longer than %1 characters are cut short in the text view; the hex view and the export hold every byte.</source>
        <translation>
            <numerusform>%n Zeile ist länger als %1 Zeichen und wird in der Textansicht gekürzt; Hex-Ansicht und Export enthalten jedes Byte.</numerusform>
            <numerusform>%n Zeilen sind länger als %1 Zeichen und werden in der Textansicht gekürzt; Hex-Ansicht und Export enthalten jedes Byte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the case&apos;s export folder</source>
        <translation>Exportordner des Falls wählen</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Datei exportieren</translation>
    </message>
    <message>
        <source>%1 is the folder of the evidence or lies inside it. Exports are never written beside the evidence: choose another export folder.</source>
        <translation>%1 ist der Ordner des Beweismittels oder liegt darin. Exporte werden nie neben das Beweismittel geschrieben: Wählen Sie einen anderen Exportordner.</translation>
    </message>
    <message>
        <source>Exported %1 (%2 bytes) to %3.
SHA-256: %4</source>
        <translation>%1 (%2 Bytes) nach %3 exportiert.
SHA-256: %4</translation>
    </message>
    <message>
        <source>Warning: this differs from the SHA-256 recorded by the analysis (%1).</source>
        <translation>Warnung: Dies weicht vom bei der Analyse erfassten SHA-256-Hash ab (%1).</translation>
    </message>
    <message>
        <source>This entry has no content to show (type: %1).</source>
        <translation>Dieser Eintrag hat keinen anzeigbaren Inhalt (Typ: %1).</translation>
    </message>
</context>
<context>
    <name>dockscope::FindingsModel</name>
    <message>
        <source>container %1</source>
        <translation>Container %1</translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>Image %1</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>Layer %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Path: %1</source>
        <translation>Pfad: %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Stelle: %1</translation>
    </message>
    <message>
        <source>Evidence file: %1</source>
        <translation>Beweismitteldatei: %1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Zeit: %1</translation>
    </message>
    <message>
        <source>Matched: %1</source>
        <translation>Treffer: %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beweismittel</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
</context>
<context>
    <name>dockscope::FindingsView</name>
    <message>
        <source>Filter findings</source>
        <translation>Befunde filtern</translation>
    </message>
    <message>
        <source>Shows the findings whose rule, title, path, location, evidence or hash contains this text (case-insensitive).</source>
        <translation>Zeigt die Befunde, deren Regel, Titel, Pfad, Stelle, Beweismittel oder Hash diesen Text enthält (ohne Beachtung der Groß-/Kleinschreibung).</translation>
    </message>
    <message>
        <source>Shows only findings of this severity or above</source>
        <translation>Zeigt nur Befunde dieses oder eines höheren Schweregrads</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>High and above</source>
        <translation>Hoch und höher</translation>
    </message>
    <message>
        <source>Medium and above</source>
        <translation>Mittel und höher</translation>
    </message>
    <message>
        <source>Low and above</source>
        <translation>Niedrig und höher</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>No findings: content and configuration checks arrive with the findings engine.</source>
        <translation>Keine Befunde: Inhalts- und Konfigurationsprüfungen folgen mit der Befund-Engine.</translation>
    </message>
    <message>
        <source>Shows only findings of this rule</source>
        <translation>Zeigt nur Befunde dieser Regel</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>Alle Regeln</translation>
    </message>
</context>
<context>
    <name>dockscope::InefficientFilesModel</name>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Total space</source>
        <translation>Gesamtgröße</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
</context>
<context>
    <name>dockscope::LayerListModel</name>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht verifiziert</translation>
    </message>
    <message>
        <source>(no build command recorded)</source>
        <translation>(kein Build-Befehl erfasst)</translation>
    </message>
    <message>
        <source>Layer %1 (%2)</source>
        <translation>Layer %1 (%2)</translation>
    </message>
    <message>
        <source>Blob digest: %1</source>
        <translation>Blob-Digest: %1</translation>
    </message>
    <message>
        <source>Descriptor digest: %1</source>
        <translation>Deskriptor-Digest: %1</translation>
    </message>
    <message>
        <source>diff_id: %1</source>
        <translation>diff_id: %1</translation>
    </message>
    <message>
        <source>Config diff_id: %1</source>
        <translation>diff_id laut Config: %1</translation>
    </message>
    <message>
        <source>Compression: %1, stored %2</source>
        <translation>Komprimierung: %1, gespeicherte Größe %2</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt durch</translation>
    </message>
</context>
<context>
    <name>dockscope::LayersView</name>
    <message>
        <source>Image:</source>
        <translation>Image:</translation>
    </message>
    <message>
        <source>Everything up to this layer</source>
        <translation>Alles bis zu diesem Layer</translation>
    </message>
    <message>
        <source>Only this layer&apos;s changes</source>
        <translation>Nur die Änderungen dieses Layers</translation>
    </message>
    <message>
        <source>Aggregated: the file system after layers 0…i. Layer changes: what layer i added, modified and removed (Ctrl+L toggles).</source>
        <translation>Aggregiert: das Dateisystem nach den Layern 0…i. Layer-Änderungen: was Layer i hinzugefügt, geändert und entfernt hat (Ctrl+L schaltet um).</translation>
    </message>
    <message>
        <source>Show or hide %1 entries</source>
        <translation>Einträge mit Status „%1“ ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Filter by name: *.conf, id_rsa*  (or a regular expression on the path)</source>
        <translation>Nach Name filtern: *.conf, id_rsa*  (oder regulärer Ausdruck auf den Pfad)</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>Regex</translation>
    </message>
    <message>
        <source>Match a regular expression against the whole path instead of wildcards against the name</source>
        <translation>Einen regulären Ausdruck auf den ganzen Pfad statt Platzhaltern auf den Namen anwenden</translation>
    </message>
    <message>
        <source>Go to writer</source>
        <translation>Zum schreibenden Layer</translation>
    </message>
    <message>
        <source>Go to the layer that last wrote the selected path</source>
        <translation>Zum Layer springen, der den ausgewählten Pfad zuletzt geschrieben hat</translation>
    </message>
    <message>
        <source>container file system</source>
        <translation>Container-Dateisystem</translation>
    </message>
    <message>
        <source>Invalid regular expression</source>
        <translation>Ungültiger regulärer Ausdruck</translation>
    </message>
    <message>
        <source>&lt;i&gt;No image. Add evidence with File ▸ Add Evidence, or drop files and folders on the window.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Kein Image. Fügen Sie Beweismittel über Datei ▸ Beweismittel hinzufügen hinzu oder legen Sie Dateien und Ordner im Fenster ab.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>nothing declares digests</source>
        <translation>keine Digests deklariert</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b8a3a&apos;&gt;all %1 checks passed&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b8a3a&apos;&gt;alle Prüfungen bestanden (%1)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c01c28&apos;&gt;&lt;b&gt;%1 of %2 checks failed&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c01c28&apos;&gt;&lt;b&gt;%1 von %2 Prüfungen fehlgeschlagen&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Image id</source>
        <translation>Image-ID</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Effizienz</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Image-Größe</translation>
    </message>
    <message>
        <source>Wasted (dive)</source>
        <translation>Verschwendet (dive)</translation>
    </message>
    <message>
        <source>User wasted (dive)</source>
        <translation>Verschwendet, Nutzeranteil (dive)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n. v.</translation>
    </message>
    <message>
        <source>Truly wasted</source>
        <translation>Tatsächlich verschwendet</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integrität</translation>
    </message>
</context>
<context>
    <name>dockscope::MainWindow</name>
    <message>
        <source>Dockscope</source>
        <translation>Dockscope</translation>
    </message>
    <message>
        <source>Analysis cancelled; its results were dropped.</source>
        <translation>Analyse abgebrochen; ihre Ergebnisse wurden verworfen.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beweismittel</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Layer</translation>
    </message>
    <message>
        <source>File Viewer</source>
        <translation>Dateibetrachter</translation>
    </message>
    <message>
        <source>Security Checklist</source>
        <translation>Sicherheits-Checkliste</translation>
    </message>
    <message>
        <source>Suspicious Files</source>
        <translation>Verdächtige Dateien</translation>
    </message>
    <message>
        <source>Timeline and Logs</source>
        <translation>Zeitleiste und Logs</translation>
    </message>
    <message>
        <source>Report Preview</source>
        <translation>Berichtsvorschau</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>&amp;Add Evidence…</source>
        <translation>Beweismittel &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add image archives, OCI layouts, exports or logs to the case</source>
        <translation>Image-Archive, OCI-Layouts, Exporte oder Logs zum Fall hinzufügen</translation>
    </message>
    <message>
        <source>Add Evidence &amp;Folder…</source>
        <translation>Beweismittel&amp;ordner hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove Evidence</source>
        <translation>Beweismittel ent&amp;fernen</translation>
    </message>
    <message>
        <source>Show in File &amp;Manager</source>
        <translation>Im Datei&amp;manager anzeigen</translation>
    </message>
    <message>
        <source>Re-&amp;analyse</source>
        <translation>Erneut &amp;analysieren</translation>
    </message>
    <message>
        <source>&amp;Cancel Analysis</source>
        <translation>Analyse abb&amp;rechen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Restore &amp;Default Layout</source>
        <translation>&amp;Standardanordnung wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Filter Files…</source>
        <translation>Dateien &amp;filtern…</translation>
    </message>
    <message>
        <source>Toggle &amp;Layer Changes / Aggregated</source>
        <translation>&amp;Layer-Änderungen / Aggregiert umschalten</translation>
    </message>
    <message>
        <source>&amp;About Dockscope</source>
        <translation>Ü&amp;ber Dockscope</translation>
    </message>
    <message>
        <source>About Dockscope</source>
        <translation>Über Dockscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dockscope %1&lt;/h3&gt;&lt;p&gt;Offline forensic workbench for Docker images and containers.&lt;/p&gt;&lt;p&gt;Evidence is opened read-only and never extracted; every file is hashed with SHA-256 on intake.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dockscope %1&lt;/h3&gt;&lt;p&gt;Forensische Offline-Arbeitsumgebung für Docker-Images und -Container.&lt;/p&gt;&lt;p&gt;Beweismittel werden schreibgeschützt geöffnet und nie entpackt; jede Datei wird bei der Aufnahme mit SHA-256 gehasht.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>&amp;Fenster</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Add an evidence folder (OCI layout, extracted docker save)</source>
        <translation>Beweismittelordner hinzufügen (OCI-Layout, entpacktes docker save)</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Beweismittel hinzufügen</translation>
    </message>
    <message>
        <source>Evidence (*.tar *.tar.gz *.tgz *.tar.zst *.oci *.json *.log);;All files (*)</source>
        <translation>Beweismittel (*.tar *.tar.gz *.tgz *.tar.zst *.oci *.json *.log);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>noch %1 s</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s)</source>
        <translation>
            <numerusform>%n Beweismittel</numerusform>
            <numerusform>%n Beweismittel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n Image</numerusform>
            <numerusform>%n Images</numerusform>
        </translation>
    </message>
    <message>
        <source>integrity verified</source>
        <translation>Integrität verifiziert</translation>
    </message>
    <message numerus="yes">
        <source>%n integrity check(s) FAILED</source>
        <translation>
            <numerusform>%n Integritätsprüfung FEHLGESCHLAGEN</numerusform>
            <numerusform>%n Integritätsprüfungen FEHLGESCHLAGEN</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable</source>
        <translation>
            <numerusform>%n unlesbar</numerusform>
            <numerusform>%n unlesbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dockscope — %n evidence item(s)</source>
        <translation>
            <numerusform>Dockscope — %n Beweismittel</numerusform>
            <numerusform>Dockscope — %n Beweismittel</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>The finding&apos;s file is not in any loaded image.</source>
        <translation>Die Datei des Befunds ist in keinem geladenen Image enthalten.</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Falldatei</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Fall</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Fall öffnen</translation>
    </message>
    <message>
        <source>Only one case can be open at a time; opening %1.</source>
        <translation>Es kann nur ein Fall gleichzeitig geöffnet sein; %1 wird geöffnet.</translation>
    </message>
    <message>
        <source>The case is busy hashing evidence; add the new items when it has finished.</source>
        <translation>Der Fall berechnet gerade Hashes der Beweismittel; fügen Sie die neuen Elemente hinzu, wenn dies abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Fall %1</translation>
    </message>
    <message>
        <source>AUDIT LOG CHAIN BROKEN at entry %1</source>
        <translation>AUDIT-LOG-KETTE UNTERBROCHEN bei Eintrag %1</translation>
    </message>
    <message>
        <source>Dockscope — Case %1 (%2)</source>
        <translation>Dockscope — Fall %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation>&amp;Neuer Fall…</translation>
    </message>
    <message>
        <source>Create a case file that keeps the evidence hashes, notes, tags and an audit log; the open evidence is taken into it</source>
        <translation>Eine Falldatei anlegen, die Hashes der Beweismittel, Notizen, Markierungen und ein Audit-Log aufbewahrt; die geöffneten Beweismittel werden aufgenommen</translation>
    </message>
    <message>
        <source>Open &amp;Case…</source>
        <translation>Fall ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save Case</source>
        <translation>Fall &amp;speichern</translation>
    </message>
    <message>
        <source>Without a case: create one from the open evidence. With a case: record the current analysis (everything else is saved as it happens)</source>
        <translation>Ohne Fall: einen aus den geöffneten Beweismitteln anlegen. Mit Fall: die aktuelle Analyse festhalten (alles andere wird sofort gespeichert)</translation>
    </message>
    <message>
        <source>Close Case</source>
        <translation>Fall schließen</translation>
    </message>
    <message>
        <source>Case &amp;Properties…</source>
        <translation>Fall&amp;eigenschaften…</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>&amp;Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Verify Evidence Hashes</source>
        <translation>Hashes der Beweismittel &amp;verifizieren</translation>
    </message>
    <message>
        <source>Export Report as &amp;PDF…</source>
        <translation>Bericht als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Export Report as &amp;HTML…</source>
        <translation>Bericht als &amp;HTML exportieren…</translation>
    </message>
    <message>
        <source>Tag Finding…</source>
        <translation>Befund markieren…</translation>
    </message>
    <message>
        <source>Bookmark Finding</source>
        <translation>Lesezeichen auf Befund</translation>
    </message>
    <message>
        <source>Add Note to Finding…</source>
        <translation>Notiz zum Befund hinzufügen…</translation>
    </message>
    <message>
        <source>Tag File…</source>
        <translation>Datei markieren…</translation>
    </message>
    <message>
        <source>Bookmark File</source>
        <translation>Lesezeichen auf Datei</translation>
    </message>
    <message>
        <source>Add Note to File…</source>
        <translation>Notiz zur Datei hinzufügen…</translation>
    </message>
    <message>
        <source>New case file</source>
        <translation>Neue Falldatei</translation>
    </message>
    <message>
        <source>Dockscope case (*.dscase)</source>
        <translation>Dockscope-Fall (*.dscase)</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <source>Wait for the running work to finish, or cancel it.</source>
        <translation>Warten Sie, bis die laufende Arbeit beendet ist, oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <source>The case file %1 could not be created: %2</source>
        <translation>Die Falldatei %1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Case %1 created: %2</source>
        <translation>Fall %1 angelegt: %2</translation>
    </message>
    <message>
        <source>Dockscope case (*.dscase);;All files (*)</source>
        <translation>Dockscope-Fall (*.dscase);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 could not be opened as a case: %2</source>
        <translation>%1 konnte nicht als Fall geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit-Log</translation>
    </message>
    <message>
        <source>The audit log of this case is broken at entry %1: %2
The case file was changed outside Dockscope.</source>
        <translation>Das Audit-Log dieses Falls ist bei Eintrag %1 unterbrochen: %2
Die Falldatei wurde außerhalb von Dockscope verändert.</translation>
    </message>
    <message>
        <source>The case is saved: every change is written to %1 as it is made.</source>
        <translation>Der Fall ist gespeichert: jede Änderung wird sofort in %1 geschrieben.</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Note on the case:</source>
        <translation>Notiz zum Fall:</translation>
    </message>
    <message>
        <source>Note on %1:</source>
        <translation>Notiz zu %1:</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Evidence verification failed</source>
        <translation>Verifizierung der Beweismittel fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s) no longer match the hashes taken at intake. This is recorded in the case&apos;s audit log for good and shown in every report.</source>
        <translation>
            <numerusform>%n Beweismittel stimmt nicht mehr mit den bei der Aufnahme erhobenen Hashes überein. Dies bleibt dauerhaft im Audit-Log des Falls und erscheint in jedem Bericht.</numerusform>
            <numerusform>%n Beweismittel stimmen nicht mehr mit den bei der Aufnahme erhobenen Hashes überein. Dies bleibt dauerhaft im Audit-Log des Falls und erscheint in jedem Bericht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every evidence item matches its intake hashes.</source>
        <translation>Jedes Beweismittel stimmt mit seinen Aufnahme-Hashes überein.</translation>
    </message>
    <message>
        <source>Verification cancelled; it is recorded in the audit log.</source>
        <translation>Verifizierung abgebrochen; dies ist im Audit-Log vermerkt.</translation>
    </message>
    <message>
        <source>These items were not added to the case:</source>
        <translation>Diese Elemente wurden dem Fall nicht hinzugefügt:</translation>
    </message>
    <message>
        <source>Intake cancelled.</source>
        <translation>Aufnahme abgebrochen.</translation>
    </message>
    <message>
        <source>Case %1 report</source>
        <translation>Fall %1 Bericht</translation>
    </message>
    <message>
        <source>Dockscope report</source>
        <translation>Dockscope-Bericht</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>Bericht als PDF exportieren</translation>
    </message>
    <message>
        <source>Export report as HTML</source>
        <translation>Bericht als HTML exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>A report is being written already.</source>
        <translation>Es wird bereits ein Bericht geschrieben.</translation>
    </message>
    <message>
        <source>The case is busy hashing evidence; export the report when it has finished.</source>
        <translation>Der Fall berechnet gerade Hashes der Beweismittel; exportieren Sie den Bericht, wenn dies abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Bericht wird geschrieben…</translation>
    </message>
    <message>
        <source>Report %1 written to %2 (SHA-256 %3)</source>
        <translation>Bericht %1 nach %2 geschrieben (SHA-256 %3)</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>Der Bericht konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Ac&amp;quire from Docker Host…</source>
        <translation>Vom Doc&amp;ker-Host sichern…</translation>
    </message>
    <message>
        <source>Tag Check…</source>
        <translation>Prüfung markieren…</translation>
    </message>
    <message>
        <source>Bookmark Check</source>
        <translation>Lesezeichen auf Prüfung</translation>
    </message>
    <message>
        <source>Add Note to Check…</source>
        <translation>Notiz zur Prüfung hinzufügen…</translation>
    </message>
    <message>
        <source>Tag Event…</source>
        <translation>Ereignis markieren…</translation>
    </message>
    <message>
        <source>Bookmark Event</source>
        <translation>Lesezeichen auf Ereignis</translation>
    </message>
    <message>
        <source>Add Note to Event…</source>
        <translation>Notiz zum Ereignis hinzufügen…</translation>
    </message>
    <message>
        <source>Tag This File…</source>
        <translation>Diese Datei markieren…</translation>
    </message>
    <message>
        <source>Bookmark This File</source>
        <translation>Lesezeichen auf diese Datei</translation>
    </message>
    <message>
        <source>Add Note to This File…</source>
        <translation>Notiz zu dieser Datei hinzufügen…</translation>
    </message>
    <message>
        <source>Select something in an open case to tag it.</source>
        <translation>Wählen Sie in einem geöffneten Fall etwas aus, um es zu markieren.</translation>
    </message>
    <message>
        <source>The finding&apos;s file is not in the evidence of its volume or mount.</source>
        <translation>Die Datei des Befunds ist nicht in den Beweismitteln seines Volumes oder Mounts.</translation>
    </message>
</context>
<context>
    <name>dockscope::PackagesModel</name>
    <message>
        <source>container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>%1 %2
purl: %3
source: %4 %5
read from: %6
layer diff id: %7</source>
        <translation>%1 %2
purl: %3
Quelle: %4 %5
gelesen aus: %6
Layer-Diff-ID: %7</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <source>Read from</source>
        <translation>Gelesen aus</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Schwachstellen</translation>
    </message>
</context>
<context>
    <name>dockscope::PackagesView</name>
    <message>
        <source>Filter packages</source>
        <translation>Pakete filtern</translation>
    </message>
    <message>
        <source>Shows the packages whose name, version, type, image, layer or database contains this text (case-insensitive).</source>
        <translation>Zeigt die Pakete, deren Name, Version, Typ, Image, Layer oder Datenbank diesen Text enthält (ohne Beachtung der Groß-/Kleinschreibung).</translation>
    </message>
    <message>
        <source>No image analysed yet: the packages each layer installed (dpkg, apk, rpm, Python, npm, Go, Java) are listed here.</source>
        <translation>Noch kein Image analysiert: Hier werden die Pakete aufgeführt, die jeder Layer installiert hat (dpkg, apk, rpm, Python, npm, Go, Java).</translation>
    </message>
    <message>
        <source>No packages: no package database or manifest was found in the images&apos; file systems.</source>
        <translation>Keine Pakete: In den Dateisystemen der Images wurde weder eine Paketdatenbank noch ein Manifest gefunden.</translation>
    </message>
</context>
<context>
    <name>dockscope::ReportPreview</name>
    <message>
        <source>No report: open evidence to see a preview of the HTML report with its evidence hashes, layers, efficiency, integrity, findings and warnings.</source>
        <translation>Kein Bericht: Öffnen Sie Beweismittel, um eine Vorschau des HTML-Berichts mit Beweismittel-Hashes, Layern, Effizienz, Integrität, Befunden und Warnungen zu sehen.</translation>
    </message>
    <message>
        <source>Tagged findings only</source>
        <translation>Nur markierte Befunde</translation>
    </message>
    <message>
        <source>All findings</source>
        <translation>Alle Befunde</translation>
    </message>
    <message>
        <source>Low and above</source>
        <translation>Niedrig und höher</translation>
    </message>
    <message>
        <source>Medium and above</source>
        <translation>Mittel und höher</translation>
    </message>
    <message>
        <source>High and above</source>
        <translation>Hoch und höher</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Nur kritisch</translation>
    </message>
    <message>
        <source>Only findings the examiner tagged or bookmarked in the case</source>
        <translation>Nur Befunde, die im Fall markiert oder mit Lesezeichen versehen wurden</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Page size of the PDF report</source>
        <translation>Seitenformat des PDF-Berichts</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <source>Export HTML…</source>
        <translation>HTML exportieren…</translation>
    </message>
</context>
<context>
    <name>dockscope::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>YARA rule folder</source>
        <translation>YARA-Regelordner</translation>
    </message>
    <message>
        <source>Extra YARA rule folders:</source>
        <translation>Zusätzliche YARA-Regelordner:</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Files larger than this are not scanned for content rules</source>
        <translation>Größere Dateien werden nicht mit Inhaltsregeln durchsucht</translation>
    </message>
    <message>
        <source>Maximum content-scan size:</source>
        <translation>Maximale Größe für Inhaltsscans:</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>Show times in:</source>
        <translation>Zeiten anzeigen in:</translation>
    </message>
    <message>
        <source>Asked on the first export</source>
        <translation>Wird beim ersten Export abgefragt</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Exportordner</translation>
    </message>
    <message>
        <source>Export folder:</source>
        <translation>Exportordner:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Takes effect when Dockscope starts again</source>
        <translation>Wird beim nächsten Start von Dockscope wirksam</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>None: only imported Trivy and Grype reports</source>
        <translation>Keiner: nur importierte Trivy- und Grype-Berichte</translation>
    </message>
    <message>
        <source>A folder of OSV vulnerability files (*.json) to match the packages of each image against, offline</source>
        <translation>Ein Ordner mit OSV-Schwachstellendateien (*.json), mit denen die Pakete jedes Images offline abgeglichen werden</translation>
    </message>
    <message>
        <source>Vulnerability database folder:</source>
        <translation>Ordner der Schwachstellendatenbank:</translation>
    </message>
    <message>
        <source>Vulnerability database folder</source>
        <translation>Ordner der Schwachstellendatenbank</translation>
    </message>
</context>
<context>
    <name>dockscope::TagDialog</name>
    <message>
        <source>Bookmark</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Why this matters (goes into the case and the report)</source>
        <translation>Warum das wichtig ist (wird in den Fall und den Bericht übernommen)</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Betrifft:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
</context>
<context>
    <name>dockscope::TimelineModel</name>
    <message>
        <source>Path: %1</source>
        <translation>Pfad: %1</translation>
    </message>
    <message>
        <source>Layer: %1</source>
        <translation>Layer: %1</translation>
    </message>
    <message>
        <source>Evidence file: %1</source>
        <translation>Beweismitteldatei: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
</context>
<context>
    <name>dockscope::TimelineView</name>
    <message>
        <source>Filter events</source>
        <translation>Ereignisse filtern</translation>
    </message>
    <message>
        <source>Shows the events whose time, type, source, message or path contains this text (case-insensitive).</source>
        <translation>Zeigt die Ereignisse, deren Zeit, Typ, Quelle, Meldung oder Pfad diesen Text enthält (ohne Beachtung der Groß-/Kleinschreibung).</translation>
    </message>
    <message>
        <source>Shows only events from this source</source>
        <translation>Zeigt nur Ereignisse aus dieser Quelle</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>No timeline events: the times of image history, layers, containers and logs arrive with the timeline engine.</source>
        <translation>Keine Zeitleisten-Ereignisse: Die Zeitangaben aus Image-Historie, Layern, Containern und Logs folgen mit der Zeitleisten-Engine.</translation>
    </message>
    <message>
        <source>Shows only events of this type</source>
        <translation>Zeigt nur Ereignisse dieses Typs</translation>
    </message>
    <message>
        <source>All event types</source>
        <translation>Alle Ereignistypen</translation>
    </message>
</context>
<context>
    <name>dockscope::WarningsModel</name>
    <message>
        <source>Evidence: %1</source>
        <translation>Beweismittel: %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Stelle: %1</translation>
    </message>
    <message>
        <source>Offset: %1 (0x%2)</source>
        <translation>Offset: %1 (0x%2)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beweismittel</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>dockscope::WarningsView</name>
    <message>
        <source>Filter warnings</source>
        <translation>Warnungen filtern</translation>
    </message>
    <message>
        <source>Shows the warnings whose evidence, place or message contains this text (case-insensitive).</source>
        <translation>Zeigt die Warnungen, deren Beweismittel, Stelle oder Meldung diesen Text enthält (ohne Beachtung der Groß-/Kleinschreibung).</translation>
    </message>
    <message>
        <source>Shows only problems of this severity</source>
        <translation>Zeigt nur Probleme dieses Schweregrads</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation>Fehler und Warnungen</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>No evidence analysed yet: problems met while reading evidence (broken archives, digests that do not match, unreadable members) are listed here.</source>
        <translation>Noch keine Beweismittel analysiert: Probleme beim Lesen der Beweismittel (beschädigte Archive, nicht übereinstimmende Digests, unlesbare Archiveinträge) werden hier aufgeführt.</translation>
    </message>
    <message>
        <source>No warnings so far: the analysis was cancelled before all evidence was read.</source>
        <translation>Bisher keine Warnungen: Die Analyse wurde abgebrochen, bevor alle Beweismittel gelesen waren.</translation>
    </message>
    <message>
        <source>No warnings: every evidence item was read without problems.</source>
        <translation>Keine Warnungen: Alle Beweismittel wurden ohne Probleme gelesen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Forensic workbench for Docker images and containers.</source>
        <translation>Forensische Arbeitsumgebung für Docker-Images und -Container.</translation>
    </message>
    <message>
        <source>Interface language (en, de, fr).</source>
        <translation>Sprache der Oberfläche (en, de, fr).</translation>
    </message>
    <message>
        <source>A case file, evidence files or folders to open.</source>
        <translation>Eine Falldatei, Beweismitteldateien oder -ordner zum Öffnen.</translation>
    </message>
</context>
</TS>
