<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Analyzer</name>
    <message>
        <source>Opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading compressed archive %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashing evidence and reading layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stacking layers of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CiEvaluator</name>
    <message>
        <source>line without a key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid config value (&apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many bytes wasted, relative to the user bytes added (%-user-wasted-bytes=%1 &gt; threshold=%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many bytes wasted (wasted-bytes=%1 &gt; threshold=%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image efficiency is too low (efficiency=%1 &lt; threshold=%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diagnostic</name>
    <message>
        <source>cannot open the evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown evidence format: not an image archive, OCI layout, container export, inspect output or log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown evidence folder: no OCI layout, docker save contents or Docker data root found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recognised as %1 evidence; this version does not analyse that kind yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity: %1 is %2 but %3 says %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %1 is a foreign layer (%2, %3) that the archive does not include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %1 digest uses another algorithm (%2); only its diff_id is verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whiteout for a path that no lower layer has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more whiteouts for paths that no lower layer has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hard link to &quot;%1&quot;, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gzip checksum (CRC-32) mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt gzip data (ISA-L error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated gzip stream: the compressed data ends inside gzip member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes of trailing data after the gzip stream at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated zstd stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt zstd data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt %1 data: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a special file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sparse file of %1 bytes whose holes exceed %2 bytes: its content was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged tar archive inside the data of this file (declared %1 bytes, %2 read): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a tar archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no valid tar header found after a damaged header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the layer is damaged after this file, so a later copy of it may be missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged tar archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no entry &quot;%1&quot; in layer member %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hard link chain longer than %1 links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hard link to &quot;%1&quot;, which is not in this layer before the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more entries like this were not listed: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt tar header: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped %1 damaged header blocks; reading resumes at the next valid header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member name climbs above the layer root (path traversal); it is recorded but not applied to the file system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member name contains &quot;..&quot; components; read as &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absolute member name; read relative to the layer root as Docker does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member name is not valid UTF-8; invalid bytes are shown as \xNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a non-directory member names the layer root; it is recorded but not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged tar archive inside the data of this entry (declared %1 bytes, %2 read): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sparse file of %1 bytes whose holes exceed %2 bytes: its content hash was not computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate member (first at offset %1); the later copy wins, as on extraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no valid tar header found after the damaged header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated tar archive: the last header block is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated tar archive: member data ends early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no valid tar header found after the damaged header at offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped %1 damaged bytes; reading resumes at the next valid header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated tar archive: extended header without a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt tar header: checksum mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt tar header: invalid size field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extended header of %1 bytes exceeds the limit of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated tar archive: extended header ends early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed pax extended header ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated tar archive: member declares %1 bytes but only %2 remain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name climbs above the evidence folder; not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file not found in the evidence folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symbolic link leads outside the evidence folder (%1); not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json is null: the archive describes no image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json is not an array of images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest entry is not an object; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest entry names no Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json lists no images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no manifest.json: images rebuilt from &quot;repositories&quot; and each layer&apos;s parent chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;repositories&quot; is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither manifest.json nor &quot;repositories&quot; nor layer metadata found: not a docker save archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer parent chain loops at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no image config matches the layer chain of %1; a config was rebuilt from its legacy v1 metadata, so the image id is not the original one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member is %1 bytes, more than the %2 bytes allowed for metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member name climbs above the archive root (path traversal); ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absolute member name; read relative to the archive root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate member (first at offset %1); the later copy is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member not found in the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link target &quot;%1&quot; not found in the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member &quot;%1&quot; is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link loop at member &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link &quot;%1&quot; -&gt; &quot;%2&quot; points outside the archive; not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many links in a chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>descriptor has no valid digest (&quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity: %1 is %2, the descriptor says %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 descriptors: the index graph is not followed further</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index cycle: %1 refers back to %2; not followed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indexes nested deeper than %1 levels; not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blob is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>artifact %1 of type %2 is listed but not analysed as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected imageLayoutVersion &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index.json is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index.json lists no manifests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>platform %1 is not offered by %2 (it offers: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offers several platforms (%2); %3 was analysed (choose another with --platform)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag &quot;%1&quot; not found (tags present: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member was not kept while streaming the compressed archive (it looked like a layer or was too large)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member is not available from the compressed archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member data ends early: %1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer blob ends early: %1 of %2 bytes are in the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image config is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no export folder was chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the folder of the evidence or lies inside it; exports are never written beside the evidence. Choose another export folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the export folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no free file name for %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HtmlSummary</name>
    <message>
        <source>%1 (%2 B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not hashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing in the evidence declares digests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK (%1 checks passed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED (%1 of %2 checks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container file system (docker export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untagged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Efficiency score (dive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wasted (dive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User wasted (dive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a (no bytes above the base layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truly wasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inefficient files (dive):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dockscope report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by Dockscope %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the results are incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextSummary</name>
    <message>
        <source>Container file system (docker export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remov.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNREAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Efficiency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wasted (dive):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User wasted (dive):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a (no bytes above the base layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truly wasted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inefficient files (dive):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing in the evidence declares digests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK (%1 checks passed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED (%1 of %2 checks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not hashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>platforms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity FAILED:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the results are incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Analyse evidence (docker save archives, OCI layouts, docker export tarballs) and print a summary, or write the JSON document with --json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the JSON analysis to FILE (&quot;-&quot; for standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the flattened file system of every image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform to analyse in multi-platform OCI indexes (os/arch[/variant]); default: the only one, else linux/amd64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show progress on standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EVIDENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence files or folders; PATH:TAG picks one tag of an OCI layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EVIDENCE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dockscope-cli analyze: no evidence given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate dive&apos;s CI rules (efficiency, wasted bytes, user wasted percent) on images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dive CI configuration (default: .dive-ci when present).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail when efficiency is below this ratio (default 0.9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RATIO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail when wasted bytes exceed this size, e.g. 20MB (default disabled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail when wasted bytes exceed this ratio of the bytes added above the base layer (default 0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform to analyse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image archive or OCI layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dockscope-cli ci: no evidence given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dockscope-cli ci: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dockscope-cli ci: no image could be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inefficient Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dockscope-cli: cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: dockscope-cli COMMAND [OPTIONS] EVIDENCE...

Forensic analysis of Docker images and containers, offline.

Commands:
  analyze   Read evidence, rebuild the layers, verify the digest chain; print a
            summary or write the JSON analysis (--json FILE|-).
  ci        Evaluate dive&apos;s CI rules (efficiency, wasted bytes) on images.

Options:
  -h, --help     Show this help (COMMAND --help for a command&apos;s options).
  -v, --version  Show the version.

Exit codes: 0 analysed, 1 analysed with warnings about the evidence (ci: a rule
failed), 2 usage error, 3 no evidence could be read.

Examples:
  dockscope-cli analyze suspicious.tar
  dockscope-cli analyze --files --json report.json image.tar export.tar
  dockscope-cli analyze --platform linux/arm64 ./oci-layout
  dockscope-cli ci --lowest-efficiency 0.95 image.tar
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dockscope-cli: unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockscope::ChecklistModel</name>
    <message>
        <source>Container: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockscope::ChecklistView</name>
    <message>
        <source>Filter checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the checks whose container, ID, title, value or source contains this text (case-insensitive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only checks with this outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail and warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checklist: the runtime configuration checks (RT-01 to RT-20) of containers read from inspect output or a Docker data root arrive with the checklist engine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockscope::EvidenceModel</name>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read, hashed at intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n artifact(s) listed, not analysed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>container file system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;untagged&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to verify against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 layers verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1
Platform %2
Created %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no config)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockscope::EvidenceView</name>
    <message>
        <source>No evidence yet. Drop docker save archives, OCI layouts or docker export tarballs here, or use File ▸ Add Evidence.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockscope::FileMetadataView</name>
    <message>
        <source>Path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name as stored:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner (uid:gid):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended attributes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbolic link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character device %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block device %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named pipe (FIFO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whiteout: removes /%1 from the layers below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opaque marker: hides what the layers below put in /%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aufs metadata, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layer lists this path more than once; this copy is the later one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layer ends inside this file&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name climbs above the layer root (path traversal); never applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored with an absolute name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is not valid UTF-8; invalid bytes are shown as \xNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… (%1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1, member %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes from /%1 in member %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not computed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockscope::FileTreeModel</name>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unmodified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[opaque]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In layer %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted by a whiteout (.wh.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden because its directory was made opaque (.wh..wh..opq)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed because a file replaced its directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This layer made the directory opaque: lower layers&apos; contents are hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last written by layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory implied by the paths below it (no layer lists it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UID:GID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockscope::FileViewer</name>
    <message>
        <source> … [%1 more characters]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the content as text with line numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the content as offsets, hexadecimal bytes and ASCII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a copy of this file and its SHA-256 into the case&apos;s export folder (never beside the evidence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a file to see its content and metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry has no content to show: it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 bytes; export the file to get all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content could not be read completely: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SHA-256 of the content read now (%1) differs from the one recorded by the analysis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No content could be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the text view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) longer than %1 characters are cut short in the text view; the hex view and the export hold every byte.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the case&apos;s export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the folder of the evidence or lies inside it. Exports are never written beside the evidence: choose another export folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 (%2 bytes) to %3.
SHA-256: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: this differs from the SHA-256 recorded by the analysis (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockscope::FindingsModel</name>
    <message>
        <source>container %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockscope::FindingsView</name>
    <message>
        <source>Filter findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the findings whose rule, title, path, location, evidence or hash contains this text (case-insensitive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only findings of this severity or above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings: content and configuration checks arrive with the findings engine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockscope::InefficientFilesModel</name>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockscope::LayerListModel</name>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no build command recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blob digest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descriptor digest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diff_id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config diff_id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compression: %1, stored %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockscope::LayersView</name>
    <message>
        <source>Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything up to this layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this layer&apos;s changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregated: the file system after layers 0…i. Layer changes: what layer i added, modified and removed (Ctrl+L toggles).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name: *.conf, id_rsa*  (or a regular expression on the path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match a regular expression against the whole path instead of wildcards against the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the layer that last wrote the selected path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container file system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;No image. Add evidence with File ▸ Add Evidence, or drop files and folders on the window.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing declares digests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b8a3a&apos;&gt;all %1 checks passed&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c01c28&apos;&gt;&lt;b&gt;%1 of %2 checks failed&lt;/b&gt;&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wasted (dive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User wasted (dive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truly wasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockscope::MainWindow</name>
    <message>
        <source>Dockscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis cancelled; its results were dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspicious Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline and Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add image archives, OCI layouts, exports or logs to the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Evidence &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in File &amp;Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-&amp;analyse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;Default Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle &amp;Layer Changes / Aggregated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Dockscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Dockscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dockscope %1&lt;/h3&gt;&lt;p&gt;Offline forensic workbench for Docker images and containers.&lt;/p&gt;&lt;p&gt;Evidence is opened read-only and never extracted; every file is hashed with SHA-256 on intake.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an evidence folder (OCI layout, extracted docker save)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence (*.tar *.tar.gz *.tgz *.tar.zst *.oci *.json *.log);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>integrity verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n integrity check(s) FAILED</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dockscope — %n evidence item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finding&apos;s file is not in any loaded image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockscope::ReportPreview</name>
    <message>
        <source>No report: open evidence to see a preview of the HTML report with its evidence hashes, layers, efficiency, integrity, findings and warnings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockscope::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YARA rule folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra YARA rule folders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files larger than this are not scanned for content rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum content-scan size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show times in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked on the first export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect when Dockscope starts again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockscope::TimelineModel</name>
    <message>
        <source>Path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockscope::TimelineView</name>
    <message>
        <source>Filter events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the events whose time, type, source, message or path contains this text (case-insensitive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only events from this source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No timeline events: the times of image history, layers, containers and logs arrive with the timeline engine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockscope::WarningsModel</name>
    <message>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset: %1 (0x%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockscope::WarningsView</name>
    <message>
        <source>Filter warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the warnings whose evidence, place or message contains this text (case-insensitive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only problems of this severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence analysed yet: problems met while reading evidence (broken archives, digests that do not match, unreadable members) are listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warnings so far: the analysis was cancelled before all evidence was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warnings: every evidence item was read without problems.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Forensic workbench for Docker images and containers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language (en, de, fr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence files or folders to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
