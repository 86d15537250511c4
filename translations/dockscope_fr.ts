<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Analyzer</name>
    <message>
        <source>Opening %1</source>
        <translation>Ouverture de %1</translation>
    </message>
    <message>
        <source>Reading compressed archive %1</source>
        <translation>Lecture de l’archive compressée %1</translation>
    </message>
    <message>
        <source>Hashing evidence and reading layers</source>
        <translation>Calcul des empreintes des preuves et lecture des couches</translation>
    </message>
    <message>
        <source>Stacking layers of %1</source>
        <translation>Empilement des couches de %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Layer %1/%2: %3</source>
        <translation>Couche %1/%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Reading data root copy %1</source>
        <translation>Lecture de la copie du répertoire de données %1</translation>
    </message>
    <message>
        <source>Running the checks</source>
        <translation>Exécution des vérifications</translation>
    </message>
    <message>
        <source>Reading package databases</source>
        <translation>Lecture des bases de paquets</translation>
    </message>
    <message>
        <source>Reading the vulnerability database %1</source>
        <translation>Lecture de la base de vulnérabilités %1</translation>
    </message>
    <message>
        <source>Verifying the acquisition manifest of %1</source>
        <translation>Vérification du manifeste d’acquisition de %1</translation>
    </message>
</context>
<context>
    <name>CaseTargets</name>
    <message>
        <source>evidence %1</source>
        <translation>preuve %1</translation>
    </message>
    <message>
        <source>container %1</source>
        <translation>conteneur %1</translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>image %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>couche %1</translation>
    </message>
</context>
<context>
    <name>ChainCheck</name>
    <message>
        <source>entry %1 follows entry %2: entries are missing</source>
        <translation>l’entrée %1 suit l’entrée %2&#xa0;: des entrées manquent</translation>
    </message>
    <message>
        <source>entry %1 does not name the hash of entry %2</source>
        <translation>l’entrée %1 ne mentionne pas l’empreinte de l’entrée %2</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written (its hash does not match its contents)</source>
        <translation>l’entrée %1 a été modifiée après son écriture (son empreinte ne correspond pas à son contenu)</translation>
    </message>
    <message>
        <source>the log ends at entry %1 but the case recorded entry %2 as its last: entries were removed</source>
        <translation>le journal s’arrête à l’entrée %1 mais l’affaire a enregistré l’entrée %2 comme la dernière&#xa0;: des entrées ont été supprimées</translation>
    </message>
    <message>
        <source>evidence item %1 (%2) differs from its intake record in the audit log</source>
        <translation>l’élément de preuve %1 (%2) diffère de son enregistrement d’ajout dans le journal d’audit</translation>
    </message>
    <message>
        <source>evidence item %1 recorded in the audit log is missing from the case</source>
        <translation>l’élément de preuve %1 enregistré dans le journal d’audit est absent de l’affaire</translation>
    </message>
    <message>
        <source>verification %1 differs from its record in the audit log</source>
        <translation>la vérification %1 diffère de son enregistrement dans le journal d’audit</translation>
    </message>
    <message>
        <source>verification %1 recorded in the audit log is missing from the case</source>
        <translation>la vérification %1 enregistrée dans le journal d’audit est absente de l’affaire</translation>
    </message>
</context>
<context>
    <name>CiEvaluator</name>
    <message>
        <source>line without a key: %1</source>
        <translation>ligne sans clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>rule disabled</source>
        <translation>règle désactivée</translation>
    </message>
    <message>
        <source>invalid config value (&apos;%1&apos;)</source>
        <translation>valeur de configuration non valide («&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>too many bytes wasted, relative to the user bytes added (%-user-wasted-bytes=%1 &gt; threshold=%2)</source>
        <translation>trop d’octets gaspillés par rapport aux octets ajoutés par l’utilisateur (%-user-wasted-bytes=%1 &gt; seuil=%2)</translation>
    </message>
    <message>
        <source>too many bytes wasted (wasted-bytes=%1 &gt; threshold=%2)</source>
        <translation>trop d’octets gaspillés (wasted-bytes=%1 &gt; seuil=%2)</translation>
    </message>
    <message>
        <source>image efficiency is too low (efficiency=%1 &lt; threshold=%2)</source>
        <translation>efficacité de l’image trop faible (efficiency=%1 &lt; seuil=%2)</translation>
    </message>
</context>
<context>
    <name>ContainerAssembler</name>
    <message>
        <source>container init layer (/etc/hosts, /etc/resolv.conf, …)</source>
        <translation>couche d&apos;initialisation du conteneur (/etc/hosts, /etc/resolv.conf, …)</translation>
    </message>
    <message>
        <source>container read-write layer: the changes made while it ran</source>
        <translation>couche en lecture-écriture du conteneur&#xa0;: les modifications effectuées pendant son exécution</translation>
    </message>
    <message>
        <source>read-write layer %1 compared with the layers below, as docker diff</source>
        <translation>couche en lecture-écriture %1 comparée aux couches inférieures, comme docker diff</translation>
    </message>
    <message>
        <source>read-write layer alone (the image is not in this data root: added and changed cannot be told apart)</source>
        <translation>couche en lecture-écriture seule (l’image ne figure pas dans ce répertoire de données&#xa0;: les ajouts et les modifications ne peuvent pas être distingués)</translation>
    </message>
    <message>
        <source>docker diff output %1</source>
        <translation>sortie de docker diff %1</translation>
    </message>
    <message>
        <source>export %1 compared with image %2 (estimated)</source>
        <translation>export %1 comparé à l’image %2 (estimation)</translation>
    </message>
</context>
<context>
    <name>Diagnostic</name>
    <message>
        <source>cannot open the evidence: %1</source>
        <translation>impossible d’ouvrir l’élément de preuve&#xa0;: %1</translation>
    </message>
    <message>
        <source>evidence not found</source>
        <translation>élément de preuve introuvable</translation>
    </message>
    <message>
        <source>unknown evidence format: not an image archive, OCI layout, container export, inspect output or log</source>
        <translation>format de preuve inconnu&#xa0;: ni archive d’image, ni layout OCI, ni export de conteneur, ni sortie d’inspect, ni journal</translation>
    </message>
    <message>
        <source>unknown evidence folder: no OCI layout, docker save contents or Docker data root found</source>
        <translation>dossier de preuves inconnu&#xa0;: aucun layout OCI, contenu de docker save ou répertoire de données Docker trouvé</translation>
    </message>
    <message>
        <source>integrity: %1 is %2 but %3 says %4</source>
        <translation>intégrité&#xa0;: %1 vaut %2 mais %3 indique %4</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>layer %1 is a foreign layer (%2, %3) that the archive does not include</source>
        <translation>la couche %1 est une couche étrangère (%2, %3) que l’archive ne contient pas</translation>
    </message>
    <message>
        <source>layer %1 digest uses another algorithm (%2); only its diff_id is verified</source>
        <translation>l’empreinte de la couche %1 utilise un autre algorithme (%2)&#xa0;; seul son diff_id est vérifié</translation>
    </message>
    <message>
        <source>whiteout for a path that no lower layer has</source>
        <translation>whiteout pour un chemin qu’aucune couche inférieure ne contient</translation>
    </message>
    <message>
        <source>%1 more whiteouts for paths that no lower layer has</source>
        <translation>autres whiteouts pour des chemins qu’aucune couche inférieure ne contient&#xa0;: %1</translation>
    </message>
    <message>
        <source>hard link to &quot;%1&quot;, which does not exist</source>
        <translation>lien physique vers «&#xa0;%1&#xa0;», qui n’existe pas</translation>
    </message>
    <message>
        <source>gzip checksum (CRC-32) mismatch</source>
        <translation>somme de contrôle gzip (CRC-32) incorrecte</translation>
    </message>
    <message>
        <source>corrupt gzip data (ISA-L error %1)</source>
        <translation>données gzip corrompues (erreur ISA-L %1)</translation>
    </message>
    <message>
        <source>truncated gzip stream: the compressed data ends inside gzip member %1</source>
        <translation>flux gzip tronqué&#xa0;: les données compressées s’arrêtent à l’intérieur du membre gzip %1</translation>
    </message>
    <message>
        <source>%1 bytes of trailing data after the gzip stream at offset %2</source>
        <translation>%1 octets de données superflues après le flux gzip à l’offset %2</translation>
    </message>
    <message>
        <source>truncated zstd stream</source>
        <translation>flux zstd tronqué</translation>
    </message>
    <message>
        <source>corrupt zstd data: %1</source>
        <translation>données zstd corrompues&#xa0;: %1</translation>
    </message>
    <message>
        <source>corrupt %1 data: %2</source>
        <translation>données %1 corrompues&#xa0;: %2</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>erreur de lecture&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>reading was cancelled</source>
        <translation>lecture annulée</translation>
    </message>
    <message>
        <source>a directory</source>
        <translation>un répertoire</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>un lien symbolique</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>un périphérique caractère</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>un périphérique bloc</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>un tube nommé</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>un fichier spécial</translation>
    </message>
    <message>
        <source>sparse file of %1 bytes whose holes exceed %2 bytes: its content was not read</source>
        <translation>fichier creux de %1 octets dont les trous dépassent %2 octets&#xa0;: son contenu n’a pas été lu</translation>
    </message>
    <message>
        <source>cannot write the copy: %1</source>
        <translation>impossible d’écrire la copie&#xa0;: %1</translation>
    </message>
    <message>
        <source>damaged tar archive inside the data of this file (declared %1 bytes, %2 read): %3</source>
        <translation>archive tar endommagée dans les données de ce fichier (%1 octets déclarés, %2 lus)&#xa0;: %3</translation>
    </message>
    <message>
        <source>cannot open member %1</source>
        <translation>impossible d’ouvrir le membre %1</translation>
    </message>
    <message>
        <source>not a tar archive: %1</source>
        <translation>pas une archive tar&#xa0;: %1</translation>
    </message>
    <message>
        <source>no valid tar header found after a damaged header</source>
        <translation>aucun en-tête tar valide trouvé après un en-tête endommagé</translation>
    </message>
    <message>
        <source>the layer is damaged after this file, so a later copy of it may be missing: %1</source>
        <translation>la couche est endommagée après ce fichier&#xa0;; une copie ultérieure de celui-ci peut donc manquer&#xa0;: %1</translation>
    </message>
    <message>
        <source>damaged tar archive: %1</source>
        <translation>archive tar endommagée&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, not a regular file</source>
        <translation>«&#xa0;%1&#xa0;» est %2, pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>no entry &quot;%1&quot; in layer member %2</source>
        <translation>aucune entrée «&#xa0;%1&#xa0;» dans le membre de couche %2</translation>
    </message>
    <message>
        <source>hard link chain longer than %1 links</source>
        <translation>chaîne de liens physiques de plus de %1 liens</translation>
    </message>
    <message>
        <source>hard link to &quot;%1&quot;, which is not in this layer before the link</source>
        <translation>lien physique vers «&#xa0;%1&#xa0;», qui ne figure pas dans cette couche avant le lien</translation>
    </message>
    <message>
        <source>%1 more entries like this were not listed: &quot;%2&quot;</source>
        <translation>autres entrées de ce type non listées&#xa0;: %1 («&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>corrupt tar header: %1</source>
        <translation>en-tête tar corrompu&#xa0;: %1</translation>
    </message>
    <message>
        <source>skipped %1 damaged header blocks; reading resumes at the next valid header</source>
        <translation>blocs d’en-tête endommagés ignorés&#xa0;: %1&#xa0;; la lecture reprend à l’en-tête valide suivant</translation>
    </message>
    <message>
        <source>member name climbs above the layer root (path traversal); it is recorded but not applied to the file system</source>
        <translation>le nom du membre remonte au-dessus de la racine de la couche (traversée de répertoires)&#xa0;; il est consigné mais pas appliqué au système de fichiers</translation>
    </message>
    <message>
        <source>member name contains &quot;..&quot; components; read as &quot;%1&quot;</source>
        <translation>le nom du membre contient des composants «&#xa0;..&#xa0;»&#xa0;; lu comme «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>absolute member name; read relative to the layer root as Docker does</source>
        <translation>nom de membre absolu&#xa0;; lu relativement à la racine de la couche, comme le fait Docker</translation>
    </message>
    <message>
        <source>member name is not valid UTF-8; invalid bytes are shown as \xNN</source>
        <translation>le nom du membre n’est pas en UTF-8 valide&#xa0;; les octets non valides sont affichés sous la forme \xNN</translation>
    </message>
    <message>
        <source>a non-directory member names the layer root; it is recorded but not applied</source>
        <translation>un membre qui n’est pas un répertoire désigne la racine de la couche&#xa0;; il est consigné mais pas appliqué</translation>
    </message>
    <message>
        <source>damaged tar archive inside the data of this entry (declared %1 bytes, %2 read): %3</source>
        <translation>archive tar endommagée dans les données de cette entrée (%1 octets déclarés, %2 lus)&#xa0;: %3</translation>
    </message>
    <message>
        <source>sparse file of %1 bytes whose holes exceed %2 bytes: its content hash was not computed</source>
        <translation>fichier creux de %1 octets dont les trous dépassent %2 octets&#xa0;: l’empreinte de son contenu n’a pas été calculée</translation>
    </message>
    <message>
        <source>duplicate member (first at offset %1); the later copy wins, as on extraction</source>
        <translation>membre en double (premier à l’offset %1)&#xa0;; la copie ultérieure l’emporte, comme à l’extraction</translation>
    </message>
    <message>
        <source>no valid tar header found after the damaged header</source>
        <translation>aucun en-tête tar valide trouvé après l’en-tête endommagé</translation>
    </message>
    <message>
        <source>truncated tar archive: the last header block is incomplete</source>
        <translation>archive tar tronquée&#xa0;: le dernier bloc d’en-tête est incomplet</translation>
    </message>
    <message>
        <source>truncated tar archive: member data ends early</source>
        <translation>archive tar tronquée&#xa0;: les données du membre s’arrêtent prématurément</translation>
    </message>
    <message>
        <source>no valid tar header found after the damaged header at offset %1</source>
        <translation>aucun en-tête tar valide trouvé après l’en-tête endommagé à l’offset %1</translation>
    </message>
    <message>
        <source>skipped %1 damaged bytes; reading resumes at the next valid header</source>
        <translation>octets endommagés ignorés&#xa0;: %1&#xa0;; la lecture reprend à l’en-tête valide suivant</translation>
    </message>
    <message>
        <source>truncated tar archive: extended header without a member</source>
        <translation>archive tar tronquée&#xa0;: en-tête étendu sans membre</translation>
    </message>
    <message>
        <source>corrupt tar header: checksum mismatch</source>
        <translation>en-tête tar corrompu&#xa0;: somme de contrôle incorrecte</translation>
    </message>
    <message>
        <source>corrupt tar header: invalid size field</source>
        <translation>en-tête tar corrompu&#xa0;: champ de taille non valide</translation>
    </message>
    <message>
        <source>extended header of %1 bytes exceeds the limit of %2 bytes</source>
        <translation>l’en-tête étendu de %1 octets dépasse la limite de %2 octets</translation>
    </message>
    <message>
        <source>truncated tar archive: extended header ends early</source>
        <translation>archive tar tronquée&#xa0;: l’en-tête étendu s’arrête prématurément</translation>
    </message>
    <message>
        <source>malformed pax extended header ignored</source>
        <translation>en-tête étendu pax mal formé ignoré</translation>
    </message>
    <message>
        <source>truncated tar archive: member declares %1 bytes but only %2 remain</source>
        <translation>archive tar tronquée&#xa0;: le membre déclare %1 octets mais il n’en reste que %2</translation>
    </message>
    <message>
        <source>name climbs above the evidence folder; not followed</source>
        <translation>le nom remonte au-dessus du dossier de preuves&#xa0;; non suivi</translation>
    </message>
    <message>
        <source>file not found in the evidence folder</source>
        <translation>fichier introuvable dans le dossier de preuves</translation>
    </message>
    <message>
        <source>symbolic link leads outside the evidence folder (%1); not followed</source>
        <translation>le lien symbolique mène hors du dossier de preuves (%1)&#xa0;; non suivi</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>impossible d’ouvrir&#xa0;: %1</translation>
    </message>
    <message>
        <source>manifest.json is not valid JSON</source>
        <translation>manifest.json n’est pas un JSON valide</translation>
    </message>
    <message>
        <source>manifest.json is null: the archive describes no image</source>
        <translation>manifest.json vaut null&#xa0;: l’archive ne décrit aucune image</translation>
    </message>
    <message>
        <source>manifest.json is not an array of images</source>
        <translation>manifest.json n’est pas un tableau d’images</translation>
    </message>
    <message>
        <source>manifest entry is not an object; skipped</source>
        <translation>l’entrée du manifest n’est pas un objet&#xa0;; ignorée</translation>
    </message>
    <message>
        <source>manifest entry names no Config</source>
        <translation>l’entrée du manifest ne nomme aucune Config</translation>
    </message>
    <message>
        <source>manifest.json lists no images</source>
        <translation>manifest.json ne liste aucune image</translation>
    </message>
    <message>
        <source>no manifest.json: images rebuilt from &quot;repositories&quot; and each layer&apos;s parent chain</source>
        <translation>pas de manifest.json&#xa0;: images reconstruites à partir de «&#xa0;repositories&#xa0;» et de la chaîne de parents de chaque couche</translation>
    </message>
    <message>
        <source>&quot;repositories&quot; is not a JSON object</source>
        <translation>«&#xa0;repositories&#xa0;» n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>neither manifest.json nor &quot;repositories&quot; nor layer metadata found: not a docker save archive</source>
        <translation>ni manifest.json, ni «&#xa0;repositories&#xa0;», ni métadonnées de couche trouvés&#xa0;: pas une archive docker save</translation>
    </message>
    <message>
        <source>layer parent chain loops at %1</source>
        <translation>la chaîne de parents des couches boucle sur %1</translation>
    </message>
    <message>
        <source>no image config matches the layer chain of %1; a config was rebuilt from its legacy v1 metadata, so the image id is not the original one</source>
        <translation>aucune config d’image ne correspond à la chaîne de couches de %1&#xa0;; une config a été reconstruite à partir de ses métadonnées v1 historiques, l’ID de l’image n’est donc pas l’ID d’origine</translation>
    </message>
    <message>
        <source>member is %1 bytes, more than the %2 bytes allowed for metadata</source>
        <translation>le membre fait %1 octets, plus que les %2 octets autorisés pour des métadonnées</translation>
    </message>
    <message>
        <source>member name climbs above the archive root (path traversal); ignored</source>
        <translation>le nom du membre remonte au-dessus de la racine de l’archive (traversée de répertoires)&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>absolute member name; read relative to the archive root</source>
        <translation>nom de membre absolu&#xa0;; lu relativement à la racine de l’archive</translation>
    </message>
    <message>
        <source>duplicate member (first at offset %1); the later copy is used</source>
        <translation>membre en double (premier à l’offset %1)&#xa0;; la copie ultérieure est utilisée</translation>
    </message>
    <message>
        <source>member not found in the archive</source>
        <translation>membre introuvable dans l’archive</translation>
    </message>
    <message>
        <source>link target &quot;%1&quot; not found in the archive</source>
        <translation>cible de lien «&#xa0;%1&#xa0;» introuvable dans l’archive</translation>
    </message>
    <message>
        <source>member &quot;%1&quot; is not a regular file</source>
        <translation>le membre «&#xa0;%1&#xa0;» n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>link loop at member &quot;%1&quot;</source>
        <translation>boucle de liens sur le membre «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>link &quot;%1&quot; -&gt; &quot;%2&quot; points outside the archive; not followed</source>
        <translation>le lien «&#xa0;%1&#xa0;» -&gt; «&#xa0;%2&#xa0;» pointe hors de l’archive&#xa0;; non suivi</translation>
    </message>
    <message>
        <source>too many links in a chain</source>
        <translation>trop de liens dans une chaîne</translation>
    </message>
    <message>
        <source>descriptor has no valid digest (&quot;%1&quot;)</source>
        <translation>le descripteur n’a pas d’empreinte valide («&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>integrity: %1 is %2, the descriptor says %3</source>
        <translation>intégrité&#xa0;: %1 vaut %2, le descripteur indique %3</translation>
    </message>
    <message>
        <source>more than %1 descriptors: the index graph is not followed further</source>
        <translation>plus de %1 descripteurs&#xa0;: le graphe d’index n’est pas suivi plus loin</translation>
    </message>
    <message>
        <source>index cycle: %1 refers back to %2; not followed again</source>
        <translation>cycle d’index&#xa0;: %1 renvoie à %2&#xa0;; pas suivi à nouveau</translation>
    </message>
    <message>
        <source>indexes nested deeper than %1 levels; not followed</source>
        <translation>index imbriqués sur plus de %1 niveaux&#xa0;; non suivis</translation>
    </message>
    <message>
        <source>blob is not a JSON object</source>
        <translation>le blob n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>artifact %1 of type %2 is listed but not analysed as an image</source>
        <translation>l’artefact %1 de type %2 est listé mais n’est pas analysé comme une image</translation>
    </message>
    <message>
        <source>unexpected imageLayoutVersion &quot;%1&quot;</source>
        <translation>imageLayoutVersion «&#xa0;%1&#xa0;» inattendue</translation>
    </message>
    <message>
        <source>index.json is not a JSON object</source>
        <translation>index.json n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>index.json lists no manifests</source>
        <translation>index.json ne liste aucun manifest</translation>
    </message>
    <message>
        <source>platform %1 is not offered by %2 (it offers: %3)</source>
        <translation>la plateforme %1 n’est pas proposée par %2 (plateformes proposées&#xa0;: %3)</translation>
    </message>
    <message>
        <source>tag &quot;%1&quot; not found (tags present: %2)</source>
        <translation>tag «&#xa0;%1&#xa0;» introuvable (tags présents&#xa0;: %2)</translation>
    </message>
    <message>
        <source>member not found</source>
        <translation>membre introuvable</translation>
    </message>
    <message>
        <source>member was not kept while streaming the compressed archive (it looked like a layer or was too large)</source>
        <translation>le membre n’a pas été conservé lors de la lecture en flux de l’archive compressée (il ressemblait à une couche ou était trop volumineux)</translation>
    </message>
    <message>
        <source>member is not available from the compressed archive</source>
        <translation>le membre n’est pas disponible dans l’archive compressée</translation>
    </message>
    <message>
        <source>member data ends early: %1 of %2 bytes</source>
        <translation>les données du membre s’arrêtent prématurément&#xa0;: %1 sur %2 octets</translation>
    </message>
    <message>
        <source>layer blob ends early: %1 of %2 bytes are in the archive</source>
        <translation>le blob de couche s’arrête prématurément&#xa0;: %1 sur %2 octets figurent dans l’archive</translation>
    </message>
    <message>
        <source>image config is not a JSON object</source>
        <translation>la config de l’image n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no export folder was chosen</source>
        <translation>aucun dossier d’export n’a été choisi</translation>
    </message>
    <message>
        <source>%1 is the folder of the evidence or lies inside it; exports are never written beside the evidence. Choose another export folder.</source>
        <translation>%1 est le dossier de la preuve ou se trouve à l’intérieur&#xa0;; les exports ne sont jamais écrits à côté des preuves. Choisissez un autre dossier d’export.</translation>
    </message>
    <message>
        <source>cannot create the export folder %1</source>
        <translation>impossible de créer le dossier d’export %1</translation>
    </message>
    <message>
        <source>no free file name for %1 in %2</source>
        <translation>aucun nom de fichier libre pour %1 dans %2</translation>
    </message>
    <message>
        <source>%1 offers several platforms (%2); %3 was analysed</source>
        <translation>%1 propose plusieurs plateformes (%2)&#xa0;; %3 a été analysée</translation>
    </message>
    <message>
        <source>file of %1 bytes is larger than the %2 bytes allowed here</source>
        <translation>le fichier de %1 octets dépasse les %2 octets autorisés ici</translation>
    </message>
    <message>
        <source>%1 files of this archive were too large to keep in memory: their metadata and SHA-256 are known but their contents cannot be read (mount or unpack the copy to read them)</source>
        <translation>fichiers de cette archive trop volumineux pour être gardés en mémoire&#xa0;: %1&#xa0;; leurs métadonnées et leur empreinte SHA-256 sont connues, mais leur contenu ne peut pas être lu (montez ou décompressez la copie pour les lire)</translation>
    </message>
    <message>
        <source>the content of this file was not kept (too large for memory)</source>
        <translation>le contenu de ce fichier n’a pas été conservé (trop volumineux pour la mémoire)</translation>
    </message>
    <message>
        <source>the container&apos;s image %1 is not in this data root: its changes are read from the read-write layer alone</source>
        <translation>l&apos;image %1 du conteneur n&apos;est pas dans ce répertoire de données : ses modifications sont lues depuis la seule couche en écriture</translation>
    </message>
    <message>
        <source>cannot tell which container this belongs to (no container id in its name and not exactly one container in the evidence)</source>
        <translation>impossible de déterminer à quel conteneur cela appartient (aucun ID de conteneur dans son nom et pas exactement un conteneur dans les preuves)</translation>
    </message>
    <message>
        <source>the container&apos;s logs are already read from %1; these lines are not added twice</source>
        <translation>les journaux du conteneur ont déjà été lus depuis %1&#xa0;; ces lignes ne sont pas ajoutées une seconde fois</translation>
    </message>
    <message>
        <source>the image of the exported container is not among the evidence: its changes cannot be estimated</source>
        <translation>l’image du conteneur exporté ne figure pas parmi les preuves&#xa0;: ses modifications ne peuvent pas être estimées</translation>
    </message>
    <message>
        <source>no container matches &quot;%1&quot;</source>
        <translation>aucun conteneur ne correspond à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous: it matches %2</source>
        <translation>«&#xa0;%1&#xa0;» est ambigu&#xa0;: correspond à %2</translation>
    </message>
    <message>
        <source>no Docker data root found (no containers/ and image/ folders at the top, under docker/ or under var/lib/docker/)</source>
        <translation>aucun répertoire de données Docker trouvé (pas de dossiers containers/ et image/ à la racine, sous docker/ ou sous var/lib/docker/)</translation>
    </message>
    <message>
        <source>file of %1 bytes is larger than the %2 bytes read for this kind of evidence</source>
        <translation>le fichier de %1 octets dépasse les %2 octets lus pour ce type de preuve</translation>
    </message>
    <message>
        <source>a folder is not hashed as a whole; every file read from it is hashed</source>
        <translation>l’empreinte d’un dossier n’est pas calculée dans son ensemble&#xa0;; celle de chaque fichier qui y est lu est calculée</translation>
    </message>
    <message>
        <source>the container has no Id</source>
        <translation>le conteneur n’a pas d’Id</translation>
    </message>
    <message>
        <source>Image &quot;%1&quot; is not a SHA-256 image id; ignored</source>
        <translation>Image «&#xa0;%1&#xa0;» n’est pas un ID d’image SHA-256&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>the inspect output holds something that is not a JSON object; skipped</source>
        <translation>la sortie d’inspect contient un élément qui n’est pas un objet JSON&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>the object holds no container (no Id, State or Config); skipped</source>
        <translation>l’objet ne contient aucun conteneur (ni Id, ni State, ni Config)&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>the inspect output is not valid JSON</source>
        <translation>la sortie d’inspect n’est pas un JSON valide</translation>
    </message>
    <message>
        <source>%1 is an image (docker image inspect), not a container; skipped</source>
        <translation>%1 est une image (docker image inspect), pas un conteneur&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>the inspect output lists nothing</source>
        <translation>la sortie d’inspect ne liste rien</translation>
    </message>
    <message>
        <source>the inspect output is neither a list nor an object</source>
        <translation>la sortie d’inspect n’est ni une liste ni un objet</translation>
    </message>
    <message>
        <source>%1 is not a valid JSON object</source>
        <translation>%1 n’est pas un objet JSON valide</translation>
    </message>
    <message>
        <source>%1 is not a valid JSON object: the container&apos;s host configuration (privileges, capabilities, namespaces, binds, restart policy) is unknown</source>
        <translation>%1 n’est pas un objet JSON valide&#xa0;: la configuration hôte du conteneur (privilèges, capabilities, espaces de noms, montages bind, politique de redémarrage) est inconnue</translation>
    </message>
    <message>
        <source>%1 has no hostconfig.json: the container&apos;s host configuration (privileges, capabilities, namespaces, binds, restart policy) is unknown</source>
        <translation>%1 n’a pas de hostconfig.json&#xa0;: la configuration hôte du conteneur (privilèges, capabilities, espaces de noms, montages bind, politique de redémarrage) est inconnue</translation>
    </message>
    <message>
        <source>the folder %1 holds the configuration of another container, %2</source>
        <translation>le dossier %1 contient la configuration d’un autre conteneur, %2</translation>
    </message>
    <message>
        <source>%1: line %2 is not a docker diff line (A, C or D, a space and an absolute path); skipped</source>
        <translation>%1&#xa0;: la ligne %2 n’est pas une ligne docker diff (A, C ou D, une espace et un chemin absolu)&#xa0;; ignorée</translation>
    </message>
    <message>
        <source>%1 more lines of %2 could not be read</source>
        <translation>autres lignes illisibles dans %2&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is not a JSON object; ignored</source>
        <translation>%1 n’est pas un objet JSON&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>%1 is not a list; ignored</source>
        <translation>%1 n’est pas une liste&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>%1 is not a string; ignored</source>
        <translation>%1 n’est pas une chaîne&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>%1 is not a whole number; ignored</source>
        <translation>%1 n’est pas un nombre entier&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>%1 is not true or false; ignored</source>
        <translation>%1 ne vaut ni true ni false&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>%1 holds items that are not strings; they are ignored</source>
        <translation>%1 contient des éléments qui ne sont pas des chaînes&#xa0;; ils sont ignorés</translation>
    </message>
    <message>
        <source>%1 could not be decompressed completely (%2); the part before the damage is read</source>
        <translation>%1 n’a pas pu être entièrement décompressé (%2)&#xa0;; la partie précédant la zone endommagée est lue</translation>
    </message>
    <message>
        <source>%1: line %2 is cut off (the file ends inside it); skipped</source>
        <translation>%1&#xa0;: la ligne %2 est tronquée (le fichier se termine en son milieu)&#xa0;; ignorée</translation>
    </message>
    <message>
        <source>%1: line %2 is not a JSON log entry; skipped</source>
        <translation>%1&#xa0;: la ligne %2 n’est pas une entrée de journal JSON&#xa0;; ignorée</translation>
    </message>
    <message>
        <source>%1: line %2: &quot;%3&quot; is not a string</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: «&#xa0;%3&#xa0;» n’est pas une chaîne</translation>
    </message>
    <message>
        <source>%1: line %2 has no &quot;log&quot; text; skipped</source>
        <translation>%1&#xa0;: la ligne %2 n’a pas de texte «&#xa0;log&#xa0;»&#xa0;; ignorée</translation>
    </message>
    <message>
        <source>%1: the message that starts on line %2 has no line end (the log ends inside a message Docker split, or the process wrote no final newline)</source>
        <translation>%1&#xa0;: le message qui commence à la ligne %2 n’a pas de fin de ligne (le journal se termine au milieu d’un message découpé par Docker, ou le processus n’a pas écrit de saut de ligne final)</translation>
    </message>
    <message>
        <source>etc/docker/daemon.json names the data root %1</source>
        <translation>etc/docker/daemon.json désigne le répertoire de données %1</translation>
    </message>
    <message>
        <source>containerd&apos;s image store found at %1: its images are not read by this version (only Docker&apos;s own image store is)</source>
        <translation>magasin d’images de containerd trouvé dans %1&#xa0;: ses images ne sont pas lues par cette version (seul le magasin d’images propre à Docker l’est)</translation>
    </message>
    <message>
        <source>storage driver %1 is not read by this version (overlay2, overlay and aufs are)</source>
        <translation>le pilote de stockage %1 n’est pas lu par cette version (overlay2, overlay et aufs le sont)</translation>
    </message>
    <message>
        <source>image config unreadable: %1</source>
        <translation>config d’image illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>layer %1 (chain id %2) has no layerdb entry</source>
        <translation>la couche %1 (chain ID %2) n’a pas d’entrée layerdb</translation>
    </message>
    <message>
        <source>container folder without a readable config.v2.json or config.json: %1</source>
        <translation>dossier de conteneur sans config.v2.json ni config.json lisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>log file not read: the container&apos;s logs exceed %1 bytes</source>
        <translation>fichier journal non lu&#xa0;: les journaux du conteneur dépassent %1 octets</translation>
    </message>
    <message>
        <source>no mount id for this container (layerdb/mounts): its file-system changes cannot be read</source>
        <translation>aucun ID de montage pour ce conteneur (layerdb/mounts)&#xa0;: ses modifications du système de fichiers ne peuvent pas être lues</translation>
    </message>
    <message>
        <source>the layer folder %1 is missing</source>
        <translation>le dossier de couche %1 est absent</translation>
    </message>
    <message>
        <source>this copy of the data root carries no extended attributes: opaque directories of overlay layers cannot be recognised (copy with tar --xattrs --xattrs-include=&apos;*&apos;)</source>
        <translation>cette copie du répertoire de données ne comporte aucun attribut étendu&#xa0;: les répertoires opaques des couches overlay ne peuvent pas être reconnus (copiez avec tar --xattrs --xattrs-include=&apos;*&apos;)</translation>
    </message>
    <message>
        <source>not found in the data root (or a link loop)</source>
        <translation>introuvable dans le répertoire de données (ou boucle de liens)</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>impossible de lire&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a layer folder of this data root</source>
        <translation>pas un dossier de couche de ce répertoire de données</translation>
    </message>
    <message>
        <source>directory nesting deeper than 256 levels; not followed further</source>
        <translation>répertoires imbriqués sur plus de 256 niveaux&#xa0;; non suivis plus loin</translation>
    </message>
    <message>
        <source>cannot read the file to hash it: %1</source>
        <translation>impossible de lire le fichier pour en calculer l’empreinte&#xa0;: %1</translation>
    </message>
    <message>
        <source>the layer&apos;s folder is missing from the data root</source>
        <translation>le dossier de la couche est absent du répertoire de données</translation>
    </message>
    <message>
        <source>tar-split metadata unreadable (%1): the layer&apos;s diff_id cannot be verified</source>
        <translation>métadonnées tar-split illisibles (%1)&#xa0;: le diff_id de la couche ne peut pas être vérifié</translation>
    </message>
    <message>
        <source>file differs from what the layer held when it was unpacked (%1): changed on disk</source>
        <translation>le fichier diffère de ce que contenait la couche lors de son extraction (%1)&#xa0;: modifié sur le disque</translation>
    </message>
    <message>
        <source>layer metadata unreadable or not a JSON object: %1</source>
        <translation>métadonnées de couche illisibles ou pas un objet JSON&#xa0;: %1</translation>
    </message>
    <message>
        <source>layer %1 names the parent %2, which is not in graph/</source>
        <translation>la couche %1 désigne le parent %2, qui ne figure pas dans graph/</translation>
    </message>
    <message>
        <source>tar-split metadata larger than %1 bytes; not rebuilt</source>
        <translation>métadonnées tar-split de plus de %1 octets&#xa0;; couche non reconstruite</translation>
    </message>
    <message>
        <source>tar-split metadata unreadable: %1</source>
        <translation>métadonnées tar-split illisibles&#xa0;: %1</translation>
    </message>
    <message>
        <source>tar-split line %1 is not a valid entry</source>
        <translation>la ligne tar-split %1 n’est pas une entrée valide</translation>
    </message>
    <message>
        <source>file of the layer is missing or unreadable on disk (%1); the layer cannot be rebuilt</source>
        <translation>un fichier de la couche est absent ou illisible sur le disque (%1)&#xa0;; la couche ne peut pas être reconstruite</translation>
    </message>
    <message>
        <source>invalid regular expression %1: %2</source>
        <translation>expression régulière invalide %1 : %2</translation>
    </message>
    <message>
        <source>the log rules are not a JSON object with an &quot;indicators&quot; list</source>
        <translation>les règles de journal ne sont pas un objet JSON avec une liste « indicators »</translation>
    </message>
    <message>
        <source>the rule catalogue is not a JSON object with a &quot;rules&quot; list</source>
        <translation>le catalogue de règles n&apos;est pas un objet JSON avec une liste « rules »</translation>
    </message>
    <message>
        <source>bundled rule file %1 missing: %2</source>
        <translation>fichier de règles intégré %1 manquant : %2</translation>
    </message>
    <message>
        <source>bundled rules unreadable: %1</source>
        <translation>règles intégrées illisibles : %1</translation>
    </message>
    <message>
        <source>rule folder %1 not found</source>
        <translation>dossier de règles %1 introuvable</translation>
    </message>
    <message>
        <source>rule file unreadable: %1</source>
        <translation>fichier de règles illisible : %1</translation>
    </message>
    <message>
        <source>YARA rule not compiled, left out: %1</source>
        <translation>règle YARA non compilée, écartée : %1</translation>
    </message>
    <message>
        <source>the secret rules are not a JSON object with a &quot;rules&quot; list</source>
        <translation>les règles de secrets ne sont pas un objet JSON avec une liste « rules »</translation>
    </message>
    <message>
        <source>the case file could not be written or read: %1</source>
        <translation>le fichier d’affaire n’a pas pu être écrit ou lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>a file of this name exists already; a case is never overwritten</source>
        <translation>un fichier de ce nom existe déjà&#xa0;; une affaire n’est jamais écrasée</translation>
    </message>
    <message>
        <source>the SQLite driver of Qt (QSQLITE) is not installed</source>
        <translation>le pilote SQLite de Qt (QSQLITE) n’est pas installé</translation>
    </message>
    <message>
        <source>no such case file</source>
        <translation>fichier d’affaire introuvable</translation>
    </message>
    <message>
        <source>not a Dockscope case file (%1)</source>
        <translation>pas un fichier d’affaire Dockscope (%1)</translation>
    </message>
    <message>
        <source>case file version %1 is not supported by this version of Dockscope</source>
        <translation>la version %1 du fichier d’affaire n’est pas prise en charge par cette version de Dockscope</translation>
    </message>
    <message>
        <source>the acquisition manifest cannot be read (not a JSON object with an artefacts list)</source>
        <translation>le manifeste d’acquisition est illisible (pas un objet JSON avec une liste artefacts)</translation>
    </message>
    <message>
        <source>the acquisition ended with status &quot;%1&quot;; see acquisition.log in the folder</source>
        <translation>l’acquisition s’est terminée avec le statut «&#xa0;%1&#xa0;»&#xa0;; voir acquisition.log dans le dossier</translation>
    </message>
    <message>
        <source>the manifest names &quot;%1&quot;, which is not a file inside the acquisition folder; ignored</source>
        <translation>le manifeste désigne «&#xa0;%1&#xa0;», qui n’est pas un fichier du dossier d’acquisition&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>artefact %1 was not acquired completely (%2)</source>
        <translation>l’artefact %1 n’a pas été acquis entièrement (%2)</translation>
    </message>
    <message>
        <source>%1 is in the acquisition folder but not in its manifest (added afterwards)</source>
        <translation>%1 se trouve dans le dossier d’acquisition mais pas dans son manifeste (ajouté après coup)</translation>
    </message>
    <message>
        <source>cannot read the acquired file: %1</source>
        <translation>impossible de lire le fichier acquis&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 does not match the acquisition manifest: %2 recorded, %3 now</source>
        <translation>%1 ne correspond pas au manifeste d’acquisition&#xa0;: %2 enregistré, %3 maintenant</translation>
    </message>
    <message>
        <source>BerkeleyDB rpm database %1 recognised; its packages are not read</source>
        <translation>base de données rpm BerkeleyDB %1 reconnue&#xa0;; ses paquets ne sont pas lus</translation>
    </message>
    <message>
        <source>ndb rpm database %1 recognised; its packages are not read</source>
        <translation>base de données rpm ndb %1 reconnue&#xa0;; ses paquets ne sont pas lus</translation>
    </message>
    <message>
        <source>package file could not be read: %1</source>
        <translation>le fichier de paquet n’a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>package database of %1 bytes is larger than the limit of %2 bytes: not read</source>
        <translation>base de paquets de %1 octets plus grande que la limite de %2 octets&#xa0;: non lue</translation>
    </message>
    <message>
        <source>Java archive of %1 bytes is larger than the limit of %2 bytes: not read</source>
        <translation>archive Java de %1 octets plus grande que la limite de %2 octets&#xa0;: non lue</translation>
    </message>
    <message>
        <source>package file not verified against %1: %2</source>
        <translation>fichier de paquet non vérifié par rapport à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 executables larger than %2 bytes were searched for Go build info only in their first %2 bytes</source>
        <translation>%1 exécutables de plus de %2 octets n’ont été examinés à la recherche des informations de build Go que dans leurs %2 premiers octets</translation>
    </message>
    <message>
        <source>Go build info header cut off</source>
        <translation>en-tête des informations de build Go tronqué</translation>
    </message>
    <message>
        <source>Go build info in the format before Go 1.18 (pointers) is not read</source>
        <translation>les informations de build Go au format antérieur à Go 1.18 (pointeurs) ne sont pas lues</translation>
    </message>
    <message>
        <source>not a readable Java archive: %1</source>
        <translation>pas une archive Java lisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 inside the archive is larger than %2 bytes: not read</source>
        <translation>%1 dans l’archive dépasse %2 octets&#xa0;: non lu</translation>
    </message>
    <message>
        <source>damaged Java archive: %1</source>
        <translation>archive Java endommagée&#xa0;: %1</translation>
    </message>
    <message>
        <source>the entry was not found in the layer</source>
        <translation>l’entrée est introuvable dans la couche</translation>
    </message>
    <message>
        <source>cannot make a private copy of the rpm database: %1</source>
        <translation>impossible de faire une copie privée de la base de données rpm&#xa0;: %1</translation>
    </message>
    <message>
        <source>the rpm database cannot be opened: %1</source>
        <translation>impossible d’ouvrir la base de données rpm&#xa0;: %1</translation>
    </message>
    <message>
        <source>the rpm database has no readable Packages table: %1</source>
        <translation>la base de données rpm n’a pas de table Packages lisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 malformed package headers in the rpm database were skipped</source>
        <translation>%1 en-têtes de paquet mal formés de la base de données rpm ont été ignorés</translation>
    </message>
    <message>
        <source>vulnerability database folder not found</source>
        <translation>dossier de la base de vulnérabilités introuvable</translation>
    </message>
    <message>
        <source>OSV file of %1 bytes is larger than the %2 bytes read; skipped</source>
        <translation>fichier OSV de %1 octets plus grand que les %2 octets lus&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>cannot read the OSV file: %1</source>
        <translation>impossible de lire le fichier OSV&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a JSON document; OSV file skipped</source>
        <translation>pas un document JSON&#xa0;; fichier OSV ignoré</translation>
    </message>
    <message>
        <source>not an OSV entry, array or {&quot;vulns&quot;: [...]} document; OSV file skipped</source>
        <translation>ni entrée OSV, ni tableau, ni document {&quot;vulns&quot;: [...]}&#xa0;; fichier OSV ignoré</translation>
    </message>
    <message>
        <source>OSV entry at %1 has no &quot;id&quot;; skipped</source>
        <translation>l’entrée OSV en %1 n’a pas de champ «&#xa0;id&#xa0;»&#xa0;; ignorée</translation>
    </message>
    <message>
        <source>OSV entry %1 has no &quot;affected&quot; list; skipped</source>
        <translation>l’entrée OSV %1 n’a pas de liste «&#xa0;affected&#xa0;»&#xa0;; ignorée</translation>
    </message>
    <message>
        <source>OSV entry %1: affected[%2] names no package; ignored</source>
        <translation>entrée OSV %1&#xa0;: affected[%2] ne nomme aucun paquet&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>Trivy report: %1 is not an array; ignored</source>
        <translation>rapport Trivy&#xa0;: %1 n’est pas un tableau&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>Trivy report: %1 names no VulnerabilityID or PkgName; ignored</source>
        <translation>rapport Trivy&#xa0;: %1 ne nomme ni VulnerabilityID ni PkgName&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>Grype report: %1 names no vulnerability id or artifact name; ignored</source>
        <translation>rapport Grype&#xa0;: %1 ne nomme ni identifiant de vulnérabilité ni nom d’artefact&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>vulnerability report is not valid JSON</source>
        <translation>le rapport de vulnérabilités n’est pas un JSON valide</translation>
    </message>
    <message>
        <source>not a Trivy (SchemaVersion 2) or Grype JSON report</source>
        <translation>pas un rapport JSON Trivy (SchemaVersion 2) ou Grype</translation>
    </message>
    <message>
        <source>%1 report for %2 (image id %3, %4 layers) matches no analysed image by image id, layer diff ids or manifest digest; its %5 vulnerabilities are not used</source>
        <translation>le rapport %1 pour %2 (ID d’image %3, %4 couches) ne correspond à aucune image analysée par ID d’image, diff IDs de couche ou empreinte du manifest&#xa0;; ses %5 vulnérabilités ne sont pas utilisées</translation>
    </message>
    <message>
        <source>OSV ranges of type GIT skipped: %1, in entries: %2; they name commits, not package versions, so those entries match by their versions lists and other ranges only</source>
        <translation>Plages OSV de type GIT ignorées&#xa0;: %1, dans les entrées&#xa0;: %2&#xa0;; elles désignent des commits, pas des versions de paquet, ces entrées ne correspondent donc que par leurs listes de versions et leurs autres plages</translation>
    </message>
    <message>
        <source>package file not verified against %1: larger than %2 bytes</source>
        <translation>fichier de paquet non vérifié par rapport à %1&#xa0;: plus grand que %2 octets</translation>
    </message>
    <message>
        <source>package file not verified against %1: its digest algorithm &quot;%2&quot; is not supported</source>
        <translation>fichier de paquet non vérifié par rapport à %1&#xa0;: son algorithme d’empreinte &quot;%2&quot; n’est pas pris en charge</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>escape path: the runtime socket is mounted and tooling that uses it is present</source>
        <translation>voie d&apos;évasion : le socket du moteur est monté et des outils qui l&apos;utilisent sont présents</translation>
    </message>
    <message>
        <source>escape path: a host folder is mounted and escape tooling is present</source>
        <translation>voie d&apos;évasion : un dossier de l&apos;hôte est monté et des outils d&apos;évasion sont présents</translation>
    </message>
    <message>
        <source>escape path: the host&apos;s processes are visible and escape tooling is present</source>
        <translation>voie d&apos;évasion : les processus de l&apos;hôte sont visibles et des outils d&apos;évasion sont présents</translation>
    </message>
    <message>
        <source>escape path: the configuration allows the escape whose traces are in the container</source>
        <translation>voie d&apos;évasion : la configuration permet l&apos;évasion dont les traces sont dans le conteneur</translation>
    </message>
    <message>
        <source>the dropped script was requested: the webshell was used</source>
        <translation>le script déposé a été appelé : le webshell a été utilisé</translation>
    </message>
    <message>
        <source>the exploitation attempt was followed by commands or dropped programs</source>
        <translation>la tentative d&apos;exploitation a été suivie de commandes ou de programmes déposés</translation>
    </message>
    <message>
        <source>a miner ran in a container without resource limits</source>
        <translation>un mineur a tourné dans un conteneur sans limite de ressources</translation>
    </message>
    <message>
        <source>credentials in the environment and a harvesting script or collected credentials in the container</source>
        <translation>des identifiants dans l&apos;environnement et un script de collecte ou des identifiants collectés dans le conteneur</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>%1 (%2 B)</source>
        <translation>%1 (%2 o)</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>s.o.</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>Integrity:</source>
        <translation>Intégrité&#xa0;:</translation>
    </message>
    <message>
        <source>nothing in the evidence declares digests</source>
        <translation>aucune empreinte n’est déclarée dans les preuves</translation>
    </message>
    <message>
        <source>OK (%1 checks passed)</source>
        <translation>OK (contrôles réussis&#xa0;: %1)</translation>
    </message>
    <message>
        <source>FAILED (%1 of %2 checks)</source>
        <translation>ÉCHEC (%1 sur %2 contrôles)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Constaté</translation>
    </message>
    <message>
        <source>Container file system (docker export)</source>
        <translation>Système de fichiers de conteneur (docker export)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>(untagged)</source>
        <translation>(sans tag)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NON</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Efficacité</translation>
    </message>
    <message>
        <source>Efficiency score (dive)</source>
        <translation>Score d’efficacité (dive)</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Taille de l’image</translation>
    </message>
    <message>
        <source>Wasted (dive)</source>
        <translation>Gaspillé (dive)</translation>
    </message>
    <message>
        <source>User wasted (dive)</source>
        <translation>Gaspillé, part utilisateur (dive)</translation>
    </message>
    <message>
        <source>n/a (no bytes above the base layer)</source>
        <translation>n.d. (aucun octet au-dessus de la couche de base)</translation>
    </message>
    <message>
        <source>Truly wasted</source>
        <translation>Réellement gaspillé</translation>
    </message>
    <message>
        <source>Inefficient files (dive):</source>
        <translation>Fichiers inefficaces (dive)&#xa0;:</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Wasted</source>
        <translation>Gaspillé</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <source>Evidence integrity</source>
        <translation>Intégrité des preuves</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Evidence and its verification</source>
        <translation>Preuves et leur vérification</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Méthodologie</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Security checklist</source>
        <translation>Liste de contrôle de sécurité</translation>
    </message>
    <message>
        <source>Image layers</source>
        <translation>Couches des images</translation>
    </message>
    <message>
        <source>Container changes</source>
        <translation>Modifications des conteneurs</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Examiner notes and tagged items</source>
        <translation>Notes de l’analyste et éléments marqués</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>Appendix: audit log</source>
        <translation>Annexe&#xa0;: journal d’audit</translation>
    </message>
    <message>
        <source>match</source>
        <translation>conforme</translation>
    </message>
    <message>
        <source>MISMATCH</source>
        <translation>NON CONFORME</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>ABSENT</translation>
    </message>
    <message>
        <source>UNREADABLE</source>
        <translation>ILLISIBLE</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>Fichier de preuve</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Conteneur</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horodatage</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Détecté par</translation>
    </message>
    <message>
        <source>Forensic examination report</source>
        <translation>Rapport d’examen forensique</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Numéro d’affaire</translation>
    </message>
    <message>
        <source>Case name</source>
        <translation>Nom de l’affaire</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>Analyste</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <source>none (evidence reported without a case file)</source>
        <translation>aucune (preuves présentées sans fichier d’affaire)</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Date du rapport</translation>
    </message>
    <message>
        <source>Report date (%1)</source>
        <translation>Date du rapport (%1)</translation>
    </message>
    <message>
        <source>Report ID</source>
        <translation>ID du rapport</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Dockscope %1</source>
        <translation>Dockscope %1</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Fichier d’affaire</translation>
    </message>
    <message>
        <source>Case ID</source>
        <translation>ID de l’affaire</translation>
    </message>
    <message>
        <source>Analysis result SHA-256</source>
        <translation>SHA-256 du résultat d’analyse</translation>
    </message>
    <message>
        <source>EVIDENCE VERIFICATION FAILED: at least one evidence item did not match the digests taken at intake. See &quot;%1&quot;.</source>
        <translation>ÉCHEC DE LA VÉRIFICATION DES PREUVES&#xa0;: au moins un élément de preuve ne correspondait pas aux empreintes prises à l’ajout. Voir «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>AUDIT LOG BROKEN at entry %1: %2</source>
        <translation>JOURNAL D’AUDIT CORROMPU à l’entrée %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cancelled: the results are incomplete.</source>
        <translation>Annulé&#xa0;: les résultats sont incomplets.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>No suspicious findings.</source>
        <translation>Aucun constat suspect.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>… and %1 more in &quot;%2&quot;.</source>
        <translation>… et %1 de plus dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) reported: critical %1, high %2, medium %3, low %4, info %5.</source>
        <translation>
            <numerusform>%n constat signalé&#xa0;: critique %1, élevée %2, moyenne %3, faible %4, info %5.</numerusform>
            <numerusform>%n constats signalés&#xa0;: critique %1, élevée %2, moyenne %3, faible %4, info %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Container %1</source>
        <translation>Conteneur %1</translation>
    </message>
    <message>
        <source>, exit code %1</source>
        <translation>, code de sortie %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Security configuration</source>
        <translation>Configuration de sécurité</translation>
    </message>
    <message>
        <source>No configuration in the evidence.</source>
        <translation>Aucune configuration dans les preuves.</translation>
    </message>
    <message>
        <source>All %1 checks passed or do not apply.</source>
        <translation>Les %1 contrôles sont tous réussis ou sans objet.</translation>
    </message>
    <message>
        <source>File changes</source>
        <translation>Modifications de fichiers</translation>
    </message>
    <message>
        <source>Added: %1 (suspicious: %2)</source>
        <translation>Ajoutés&#xa0;: %1 (suspects&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Changed: %1 (suspicious: %2)</source>
        <translation>Modifiés&#xa0;: %1 (suspects&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Deleted: %1 (suspicious: %2)</source>
        <translation>Supprimés&#xa0;: %1 (suspects&#xa0;: %2)</translation>
    </message>
    <message>
        <source>The changes are estimated (%1).</source>
        <translation>Les modifications sont estimées (%1).</translation>
    </message>
    <message>
        <source>Suspicious findings</source>
        <translation>Constats suspects</translation>
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
        <translation>Analyse de vulnérabilités</translation>
    </message>
    <message>
        <source>No vulnerability data in this analysis (no scanner report was imported and no vulnerability database was given).</source>
        <translation>Aucune donnée de vulnérabilité dans cette analyse (aucun rapport de scanner n’a été importé et aucune base de vulnérabilités n’a été indiquée).</translation>
    </message>
    <message>
        <source>Critical: %1, High: %2, Medium: %3, Low: %4, Unknown: %5</source>
        <translation>Critique&#xa0;: %1, Élevée&#xa0;: %2, Moyenne&#xa0;: %3, Faible&#xa0;: %4, Inconnue&#xa0;: %5</translation>
    </message>
    <message>
        <source>Where the evidence is</source>
        <translation>Emplacement des preuves</translation>
    </message>
    <message>
        <source>Case folder (exports, reports): %1</source>
        <translation>Dossier de l’affaire (exports, rapports)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Digests taken when each item was added to the case, and the latest verification.</source>
        <translation>Empreintes prises lors de l’ajout de chaque élément à l’affaire, et dernière vérification.</translation>
    </message>
    <message>
        <source>Digests at intake</source>
        <translation>Empreintes à l’ajout</translation>
    </message>
    <message>
        <source>Latest verification</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <source>kind: %1</source>
        <translation>type&#xa0;: %1</translation>
    </message>
    <message>
        <source>notes: %1</source>
        <translation>notes&#xa0;: %1</translation>
    </message>
    <message>
        <source>never verified</source>
        <translation>jamais vérifié</translation>
    </message>
    <message>
        <source>Verifications</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Evidence #</source>
        <translation>N° de preuve</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>SHA-256 found</source>
        <translation>SHA-256 constaté</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Evidence read by this analysis</source>
        <translation>Preuves lues par cette analyse</translation>
    </message>
    <message>
        <source>No evidence.</source>
        <translation>Aucune preuve.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>SHA-256 when analysed</source>
        <translation>SHA-256 lors de l’analyse</translation>
    </message>
    <message>
        <source>Case intake</source>
        <translation>Ajout à l’affaire</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>not in a case</source>
        <translation>dans aucune affaire</translation>
    </message>
    <message>
        <source>not in the case</source>
        <translation>absent de l’affaire</translation>
    </message>
    <message>
        <source>same digest (item %1)</source>
        <translation>même empreinte (élément %1)</translation>
    </message>
    <message>
        <source>DIFFERENT digest (item %1)</source>
        <translation>empreinte DIFFÉRENTE (élément %1)</translation>
    </message>
    <message>
        <source>not hashed</source>
        <translation>empreinte non calculée</translation>
    </message>
    <message>
        <source>The evidence was opened read-only and never extracted to disk. Each evidence file was hashed with SHA-256 when it was read. Image layers were read from the archives as they are, stacked in the order of the image configuration with whiteouts and opaque directories applied, and their digests checked against the manifest and the configuration. Container changes were taken from the read-write layer or the exported file system, and configuration, files, file contents and logs were checked against the rule set named below. Every finding names the evidence, place and content digest it rests on.</source>
        <translation>Les preuves ont été ouvertes en lecture seule et jamais extraites sur disque. L’empreinte SHA-256 de chaque fichier de preuve a été calculée lors de sa lecture. Les couches des images ont été lues telles quelles dans les archives, empilées dans l’ordre de la configuration de l’image en appliquant les whiteouts et les répertoires opaques, et leurs empreintes ont été contrôlées par rapport au manifest et à la configuration. Les modifications des conteneurs ont été tirées de la couche en lecture-écriture ou du système de fichiers exporté, et la configuration, les fichiers, leur contenu et les journaux ont été contrôlés à l’aide du jeu de règles indiqué ci-dessous. Chaque constat indique la preuve, l’emplacement et l’empreinte du contenu sur lesquels il repose.</translation>
    </message>
    <message>
        <source>Rule set version</source>
        <translation>Version du jeu de règles</translation>
    </message>
    <message>
        <source>Rule set SHA-256</source>
        <translation>SHA-256 du jeu de règles</translation>
    </message>
    <message>
        <source>Rule files</source>
        <translation>Fichiers de règles</translation>
    </message>
    <message>
        <source>YARA rules</source>
        <translation>Règles YARA</translation>
    </message>
    <message>
        <source>Content rules</source>
        <translation>Règles de contenu</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activées</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivées</translation>
    </message>
    <message>
        <source>Content scan limit</source>
        <translation>Limite d’analyse du contenu</translation>
    </message>
    <message>
        <source>Minimum severity reported</source>
        <translation>Gravité minimale signalée</translation>
    </message>
    <message>
        <source>Tagged findings only</source>
        <translation>Constats marqués uniquement</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Sections left out</source>
        <translation>Sections omises</translation>
    </message>
    <message>
        <source>To reproduce the result: dockscope-cli analyze --json - EVIDENCE... | sha256sum gives the analysis result SHA-256 above for the same evidence, tool version and rule set.</source>
        <translation>Pour reproduire le résultat&#xa0;: dockscope-cli analyze --json - PREUVE... | sha256sum donne le SHA-256 du résultat d’analyse ci-dessus pour les mêmes preuves, la même version de l’outil et le même jeu de règles.</translation>
    </message>
    <message>
        <source>Analyses recorded in the case</source>
        <translation>Analyses enregistrées dans l’affaire</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Result SHA-256</source>
        <translation>SHA-256 du résultat</translation>
    </message>
    <message>
        <source>%1 finding(s) left out by the report options (minimum severity, tagged only).</source>
        <translation>%1 constat(s) omis par les options du rapport (gravité minimale, marqués uniquement).</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Aucun constat.</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Pertinence</translation>
    </message>
    <message>
        <source>Severity raised</source>
        <translation>Gravité relevée</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Occurrences</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 changes, from %2%3.</source>
        <translation>%1 modifications, d’après %2%3.</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation> (estimation)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>No container changes in the evidence.</source>
        <translation>Aucune modification de conteneur dans les preuves.</translation>
    </message>
    <message>
        <source>No dated events.</source>
        <translation>Aucun événement daté.</translation>
    </message>
    <message>
        <source>The first %1 events; %2 more are in the CSV and JSON renderings of this report.</source>
        <translation>Les %1 premiers événements&#xa0;; %2 de plus figurent dans les versions CSV et JSON de ce rapport.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Horodatage (UTC)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>the case</source>
        <translation>l’affaire</translation>
    </message>
    <message>
        <source>No notes or tags.</source>
        <translation>Aucune note ni aucun tag.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tags and bookmarks</source>
        <translation>Tags et signets</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Only the evidence listed was examined; the running host, its memory and other containers were not.</source>
        <translation>Seules les preuves listées ont été examinées&#xa0;; l’hôte en fonctionnement, sa mémoire et les autres conteneurs ne l’ont pas été.</translation>
    </message>
    <message>
        <source>File contents larger than %1 were hashed but not scanned by the content rules.</source>
        <translation>Les contenus de fichier de plus de %1 ont été hachés mais pas analysés par les règles de contenu.</translation>
    </message>
    <message>
        <source>The absence of a finding does not show the absence of compromise: the rules find known patterns only.</source>
        <translation>L’absence de constat ne prouve pas l’absence de compromission&#xa0;: les règles ne détectent que des motifs connus.</translation>
    </message>
    <message>
        <source>Content rules were switched off: files were classified by name only.</source>
        <translation>Les règles de contenu étaient désactivées&#xa0;: les fichiers ont été classés d’après leur nom uniquement.</translation>
    </message>
    <message>
        <source>The changes of container %1 are estimated from %2, not read from its read-write layer.</source>
        <translation>Les modifications du conteneur %1 sont estimées d’après %2 et non lues dans sa couche en lecture-écriture.</translation>
    </message>
    <message>
        <source>The analysis was cancelled: its results are incomplete.</source>
        <translation>L’analyse a été annulée&#xa0;: ses résultats sont incomplets.</translation>
    </message>
    <message>
        <source>%1 finding(s) are not in this report because of its options.</source>
        <translation>%1 constat(s) ne figurent pas dans ce rapport en raison de ses options.</translation>
    </message>
    <message>
        <source>No case file: the evidence digests were taken during this analysis, not at intake, and no audit log exists.</source>
        <translation>Aucun fichier d’affaire&#xa0;: les empreintes des preuves ont été prises pendant cette analyse et non à l’ajout, et il n’existe aucun journal d’audit.</translation>
    </message>
    <message>
        <source>No case file, so no audit log.</source>
        <translation>Aucun fichier d’affaire, donc aucun journal d’audit.</translation>
    </message>
    <message>
        <source>The hash chain of all %1 entries is intact. Each entry&apos;s hash is the SHA-256 of the compact JSON array [seq, time, examiner, action, details, previous hash]; the first entry&apos;s previous hash is 64 zeros.</source>
        <translation>La chaîne d’empreintes des %1 entrées est intacte. L’empreinte de chaque entrée est le SHA-256 du tableau JSON compact [seq, time, examiner, action, details, previous hash]&#xa0;; l’empreinte précédente de la première entrée est constituée de 64 zéros.</translation>
    </message>
    <message>
        <source>THE AUDIT LOG IS BROKEN at entry %1: %2</source>
        <translation>LE JOURNAL D’AUDIT EST CORROMPU à l’entrée %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>No container configuration in the evidence.</source>
        <translation>Aucune configuration de conteneur dans les preuves.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>No images in the evidence.</source>
        <translation>Aucune image dans les preuves.</translation>
    </message>
    <message>
        <source>End of report %1.</source>
        <translation>Fin du rapport %1.</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Vulnérabilité</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installée</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Corrigée dans</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>no fix known</source>
        <translation>aucun correctif connu</translation>
    </message>
    <message>
        <source>Verified again before this report was written</source>
        <translation>Vérifiées à nouveau avant la rédaction de ce rapport</translation>
    </message>
    <message>
        <source>SHA-256 now</source>
        <translation>SHA-256 actuel</translation>
    </message>
    <message>
        <source>UNREADABLE: %1</source>
        <translation>ILLISIBLE&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>no case</source>
        <translation>aucune affaire</translation>
    </message>
    <message>
        <source>Case %1 · Report %2</source>
        <translation>Affaire %1 · Rapport %2</translation>
    </message>
    <message>
        <source>Dockscope %1</source>
        <translation>Dockscope %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>TextSummary</name>
    <message>
        <source>Container file system (docker export)</source>
        <translation>Système de fichiers de conteneur (docker export)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID&#xa0;:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Preuve&#xa0;:</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plateforme&#xa0;:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créée le&#xa0;:</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajout.</translation>
    </message>
    <message>
        <source>Modif.</source>
        <translation>Modif.</translation>
    </message>
    <message>
        <source>Remov.</source>
        <translation>Suppr.</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>UNREAD</source>
        <translation>ILLISIBLE</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NON</translation>
    </message>
    <message>
        <source>Efficiency:</source>
        <translation>Efficacité&#xa0;:</translation>
    </message>
    <message>
        <source>Image size:</source>
        <translation>Taille de l’image&#xa0;:</translation>
    </message>
    <message>
        <source>Wasted (dive):</source>
        <translation>Gaspillé (dive)&#xa0;:</translation>
    </message>
    <message>
        <source>User wasted (dive):</source>
        <translation>Gaspillé, part utilisateur (dive)&#xa0;:</translation>
    </message>
    <message>
        <source>n/a (no bytes above the base layer)</source>
        <translation>n.d. (aucun octet au-dessus de la couche de base)</translation>
    </message>
    <message>
        <source>Truly wasted:</source>
        <translation>Réellement gaspillé&#xa0;:</translation>
    </message>
    <message>
        <source>Inefficient files (dive):</source>
        <translation>Fichiers inefficaces (dive)&#xa0;:</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Wasted</source>
        <translation>Gaspillé</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <source>Integrity:</source>
        <translation>Intégrité&#xa0;:</translation>
    </message>
    <message>
        <source>nothing in the evidence declares digests</source>
        <translation>aucune empreinte n’est déclarée dans les preuves</translation>
    </message>
    <message>
        <source>OK (%1 checks passed)</source>
        <translation>OK (contrôles réussis&#xa0;: %1)</translation>
    </message>
    <message>
        <source>FAILED (%1 of %2 checks)</source>
        <translation>ÉCHEC (%1 sur %2 contrôles)</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>attendu</translation>
    </message>
    <message>
        <source>found</source>
        <translation>constaté</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>not hashed</source>
        <translation>empreinte non calculée</translation>
    </message>
    <message>
        <source>platforms:</source>
        <translation>plateformes&#xa0;:</translation>
    </message>
    <message>
        <source>Integrity FAILED:</source>
        <translation>Intégrité en ÉCHEC&#xa0;:</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Cancelled: the results are incomplete.</source>
        <translation>Annulé&#xa0;: les résultats sont incomplets.</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>aucune trouvée</translation>
    </message>
    <message>
        <source>Packages:</source>
        <translation>Paquets&#xa0;:</translation>
    </message>
    <message>
        <source>Vulnerabilities:</source>
        <translation>Vulnérabilités&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (critical %2, high %3, medium %4, low %5, unknown %6)</source>
        <translation>%1 (critique %2, haute %3, moyenne %4, basse %5, inconnue %6)</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Analyse evidence (docker save archives, OCI layouts, docker export tarballs) and print a summary, or write the JSON document with --json.</source>
        <translation>Analyser des preuves (archives docker save, layouts OCI, archives tar docker export) et afficher un résumé, ou écrire le document JSON avec --json.</translation>
    </message>
    <message>
        <source>Write the JSON analysis to FILE (&quot;-&quot; for standard output).</source>
        <translation>Écrire l’analyse JSON dans FICHIER («&#xa0;-&#xa0;» pour la sortie standard).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Include the flattened file system of every image.</source>
        <translation>Inclure le système de fichiers aplati de chaque image.</translation>
    </message>
    <message>
        <source>Platform to analyse in multi-platform OCI indexes (os/arch[/variant]); default: the only one, else linux/amd64.</source>
        <translation>Plateforme à analyser dans les index OCI multiplateformes (os/arch[/variant])&#xa0;; par défaut&#xa0;: la seule présente, sinon linux/amd64.</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATEFORME</translation>
    </message>
    <message>
        <source>Show progress on standard error.</source>
        <translation>Afficher la progression sur la sortie d’erreur standard.</translation>
    </message>
    <message>
        <source>EVIDENCE</source>
        <translation>PREUVE</translation>
    </message>
    <message>
        <source>Evidence files or folders; PATH:TAG picks one tag of an OCI layout.</source>
        <translation>Fichiers ou dossiers de preuves&#xa0;; CHEMIN:TAG sélectionne un tag d’un layout OCI.</translation>
    </message>
    <message>
        <source>EVIDENCE...</source>
        <translation>PREUVE...</translation>
    </message>
    <message>
        <source>dockscope-cli analyze: no evidence given</source>
        <translation>dockscope-cli analyze&#xa0;: aucune preuve indiquée</translation>
    </message>
    <message>
        <source>Evaluate dive&apos;s CI rules (efficiency, wasted bytes, user wasted percent) on images.</source>
        <translation>Évaluer les règles CI de dive (efficacité, octets gaspillés, pourcentage gaspillé de la part utilisateur) sur des images.</translation>
    </message>
    <message>
        <source>dive CI configuration (default: .dive-ci when present).</source>
        <translation>Configuration CI de dive (par défaut&#xa0;: .dive-ci si présent).</translation>
    </message>
    <message>
        <source>Fail when efficiency is below this ratio (default 0.9).</source>
        <translation>Échouer si l’efficacité est inférieure à ce ratio (par défaut 0.9).</translation>
    </message>
    <message>
        <source>RATIO</source>
        <translation>RATIO</translation>
    </message>
    <message>
        <source>Fail when wasted bytes exceed this size, e.g. 20MB (default disabled).</source>
        <translation>Échouer si les octets gaspillés dépassent cette taille, p. ex. 20MB (désactivé par défaut).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAILLE</translation>
    </message>
    <message>
        <source>Fail when wasted bytes exceed this ratio of the bytes added above the base layer (default 0.1).</source>
        <translation>Échouer si les octets gaspillés dépassent cette proportion des octets ajoutés au-dessus de la couche de base (par défaut 0.1).</translation>
    </message>
    <message>
        <source>Platform to analyse.</source>
        <translation>Plateforme à analyser.</translation>
    </message>
    <message>
        <source>Image archive or OCI layout.</source>
        <translation>Archive d’image ou layout OCI.</translation>
    </message>
    <message>
        <source>dockscope-cli ci: no evidence given</source>
        <translation>dockscope-cli ci&#xa0;: aucune preuve indiquée</translation>
    </message>
    <message>
        <source>dockscope-cli ci: cannot read %1: %2</source>
        <translation>dockscope-cli ci&#xa0;: impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>dockscope-cli ci: no image could be read</source>
        <translation>dockscope-cli ci&#xa0;: aucune image n’a pu être lue</translation>
    </message>
    <message>
        <source>Image: %1 (%2)</source>
        <translation>Image&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>no config</source>
        <translation>aucune config</translation>
    </message>
    <message>
        <source>Inefficient Files:</source>
        <translation>Fichiers inefficaces&#xa0;:</translation>
    </message>
    <message>
        <source>Results:</source>
        <translation>Résultats&#xa0;:</translation>
    </message>
    <message>
        <source>dockscope-cli: cannot write %1: %2</source>
        <translation>dockscope-cli&#xa0;: impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>dockscope-cli: unknown command &quot;%1&quot;</source>
        <translation>dockscope-cli&#xa0;: commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Only this container (a unique id prefix or its name) and its image.</source>
        <translation>Seulement ce conteneur (un préfixe d&apos;identifiant unique ou son nom) et son image.</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>PRÉFIXE</translation>
    </message>
    <message>
        <source>List the containers of a Docker data root, a mounted disk or an evidence folder.</source>
        <translation>Lister les conteneurs d’un répertoire de données Docker, d’un disque monté ou d’un dossier de preuves.</translation>
    </message>
    <message>
        <source>Data roots, disks, inspect output.</source>
        <translation>Répertoires de données, disques, sorties d’inspect.</translation>
    </message>
    <message>
        <source>dockscope-cli containers: no evidence given</source>
        <translation>dockscope-cli containers&#xa0;: aucune preuve indiquée</translation>
    </message>
    <message>
        <source>dockscope-cli analyze: an empty --container prefix matches every container; give a unique id prefix or a name</source>
        <translation>dockscope-cli analyze : un préfixe --container vide correspond à tous les conteneurs ; indiquez un préfixe d&apos;identifiant unique ou un nom</translation>
    </message>
    <message>
        <source>Also compile the YARA rules (*.yar, *.yara) of DIR; may be given more than once.</source>
        <translation>Compiler aussi les règles YARA (*.yar, *.yara) de DOSSIER ; peut être donné plusieurs fois.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>Content rules look at files up to SIZE (bytes, or with K, M, G); default 16M.</source>
        <translation>Les règles de contenu examinent les fichiers jusqu’à TAILLE (octets, ou avec K, M, G) ; par défaut 16M.</translation>
    </message>
    <message>
        <source>Do not run content rules (YARA, secrets); files are still hashed.</source>
        <translation>Ne pas exécuter les règles de contenu (YARA, secrets) ; les fichiers sont toujours hachés.</translation>
    </message>
    <message>
        <source>--rules %1: not a folder</source>
        <translation>--rules %1 : pas un dossier</translation>
    </message>
    <message>
        <source>--max-scan-size %1: not a size</source>
        <translation>--max-scan-size %1 : pas une taille</translation>
    </message>
    <message>
        <source>Write the timeline of the evidence (image history, file times, container lifecycle, log lines, findings) as CSV or JSON Lines for Timesketch.</source>
        <translation>Écrire la chronologie des preuves (historique de l’image, dates des fichiers, cycle de vie du conteneur, lignes de journal, constats) en CSV ou JSON Lines pour Timesketch.</translation>
    </message>
    <message>
        <source>csv (default) or jsonl.</source>
        <translation>csv (par défaut) ou jsonl.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Write to FILE (&quot;-&quot;, the default, for standard output).</source>
        <translation>Écrire dans FICHIER (« - », par défaut, pour la sortie standard).</translation>
    </message>
    <message>
        <source>Leave out the modification times of the files of the image layers.</source>
        <translation>Omettre les dates de modification des fichiers des couches de l’image.</translation>
    </message>
    <message>
        <source>Platform to analyse in multi-platform OCI indexes.</source>
        <translation>Plateforme à analyser dans les index OCI multiplateformes.</translation>
    </message>
    <message>
        <source>Evidence files or folders.</source>
        <translation>Fichiers ou dossiers de preuves.</translation>
    </message>
    <message>
        <source>dockscope-cli timeline: no evidence given</source>
        <translation>dockscope-cli timeline : aucune preuve indiquée</translation>
    </message>
    <message>
        <source>dockscope-cli timeline: unknown format &quot;%1&quot; (csv or jsonl)</source>
        <translation>dockscope-cli timeline : format inconnu « %1 » (csv ou jsonl)</translation>
    </message>
    <message>
        <source>Create a new case file and its case folder.</source>
        <translation>Créer un nouveau fichier d’affaire et son dossier d’affaire.</translation>
    </message>
    <message>
        <source>Hash evidence items and add them to the case.</source>
        <translation>Calculer les empreintes des éléments de preuve et les ajouter à l’affaire.</translation>
    </message>
    <message>
        <source>Hash every evidence item again, compare with the intake digests and check the audit log&apos;s hash chain.</source>
        <translation>Recalculer l’empreinte de chaque élément de preuve, la comparer aux empreintes prises à l’ajout et vérifier la chaîne d’empreintes du journal d’audit.</translation>
    </message>
    <message>
        <source>Print the case.</source>
        <translation>Afficher l’affaire.</translation>
    </message>
    <message>
        <source>Add an examiner note to the case.</source>
        <translation>Ajouter une note de l’analyste à l’affaire.</translation>
    </message>
    <message>
        <source>pdf, html, json or csv.</source>
        <translation>pdf, html, json ou csv.</translation>
    </message>
    <message>
        <source>Write the report to FILE.</source>
        <translation>Écrire le rapport dans FICHIER.</translation>
    </message>
    <message>
        <source>PDF page size: a4 (default) or letter.</source>
        <translation>Format de page PDF&#xa0;: a4 (par défaut) ou letter.</translation>
    </message>
    <message>
        <source>Leave out findings below this severity (critical, high, medium, low, info).</source>
        <translation>Omettre les constats de gravité inférieure (critical, high, medium, low, info).</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>GRAVITÉ</translation>
    </message>
    <message>
        <source>Only the findings tagged or bookmarked in the case.</source>
        <translation>Seulement les constats marqués d’un tag ou d’un signet dans l’affaire.</translation>
    </message>
    <message>
        <source>Only these sections, comma-separated (%1).</source>
        <translation>Seulement ces sections, séparées par des virgules (%1).</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>Leave out these sections, comma-separated.</source>
        <translation>Omettre ces sections, séparées par des virgules.</translation>
    </message>
    <message>
        <source>--format is required (pdf, html, json or csv)</source>
        <translation>--format est obligatoire (pdf, html, json ou csv)</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (pdf, html, json or csv)</source>
        <translation>format inconnu «&#xa0;%1&#xa0;» (pdf, html, json ou csv)</translation>
    </message>
    <message>
        <source>-o FILE is required</source>
        <translation>-o FICHIER est obligatoire</translation>
    </message>
    <message>
        <source>unknown page size &quot;%1&quot; (a4 or letter)</source>
        <translation>format de page inconnu «&#xa0;%1&#xa0;» (a4 ou letter)</translation>
    </message>
    <message>
        <source>unknown severity &quot;%1&quot;</source>
        <translation>gravité inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown section &quot;%1&quot; (%2)</source>
        <translation>section inconnue «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>Write a report (PDF, HTML, JSON or CSV) of the evidence, with or without a case.</source>
        <translation>Écrire un rapport (PDF, HTML, JSON ou CSV) sur les preuves, avec ou sans affaire.</translation>
    </message>
    <message>
        <source>Verify the case&apos;s evidence, analyse it and write its report; the report&apos;s SHA-256 goes into the audit log.</source>
        <translation>Vérifier les preuves de l’affaire, les analyser et écrire son rapport&#xa0;; le SHA-256 du rapport est consigné dans le journal d’audit.</translation>
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
        <translation>Utilisation&#xa0;: dockscope-cli case SOUS-COMMANDE AFFAIRE [OPTIONS] [PREUVE...]

Sous-commandes&#xa0;:
  new     Créer un fichier d’affaire&#xa0;:
          case new FICHIER --number N --examiner NOM
  add     Calculer les empreintes des preuves (SHA-256, SHA-1, MD5) et les
          ajouter&#xa0;: case add FICHIER PREUVE...
  verify  Recalculer les empreintes des preuves et vérifier la chaîne
          d’empreintes du journal d’audit&#xa0;; code de sortie 4 en cas de
          divergence ou de chaîne rompue.
  show    Afficher l’affaire&#xa0;: métadonnées, preuves, vérifications, journal
          d’audit.
  note    Ajouter une note de l’analyste&#xa0;: case note FICHIER TEXTE
  report  Vérifier, analyser et écrire un rapport&#xa0;:
          case report FICHIER --format pdf|html|json|csv -o SORTIE

SOUS-COMMANDE --help affiche ses options.
</translation>
    </message>
    <message>
        <source>CASE</source>
        <translation>AFFAIRE</translation>
    </message>
    <message>
        <source>The case file (.dscase).</source>
        <translation>Le fichier d’affaire (.dscase).</translation>
    </message>
    <message>
        <source>dockscope-cli case: no case file given</source>
        <translation>dockscope-cli case&#xa0;: aucun fichier d’affaire indiqué</translation>
    </message>
    <message>
        <source>The examiner acting now (default: the case&apos;s examiner).</source>
        <translation>L’analyste qui agit maintenant (par défaut&#xa0;: l’analyste de l’affaire).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>The case number.</source>
        <translation>Le numéro d’affaire.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The examiner in charge.</source>
        <translation>L’analyste responsable.</translation>
    </message>
    <message>
        <source>A name for the case.</source>
        <translation>Un nom pour l’affaire.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>The organisation.</source>
        <translation>L’organisation.</translation>
    </message>
    <message>
        <source>What the case is about.</source>
        <translation>L’objet de l’affaire.</translation>
    </message>
    <message>
        <source>Time zone for displayed times (IANA id, default UTC).</source>
        <translation>Fuseau horaire des heures affichées (ID IANA, UTC par défaut).</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>FUSEAU</translation>
    </message>
    <message>
        <source>dockscope-cli case new: --number and --examiner are required</source>
        <translation>dockscope-cli case new&#xa0;: --number et --examiner sont obligatoires</translation>
    </message>
    <message>
        <source>case %1 created: %2 (folder %3)</source>
        <translation>affaire %1 créée&#xa0;: %2 (dossier %3)</translation>
    </message>
    <message>
        <source>Acquisition notes for the items.</source>
        <translation>Notes d’acquisition des éléments.</translation>
    </message>
    <message>
        <source>dockscope-cli case add: no evidence given</source>
        <translation>dockscope-cli case add&#xa0;: aucune preuve indiquée</translation>
    </message>
    <message>
        <source>dockscope-cli case add: %1: not added: %2</source>
        <translation>dockscope-cli case add&#xa0;: %1&#xa0;: non ajouté&#xa0;: %2</translation>
    </message>
    <message>
        <source>the case holds no evidence</source>
        <translation>l’affaire ne contient aucune preuve</translation>
    </message>
    <message>
        <source>audit log: intact (%1 entries)</source>
        <translation>journal d’audit&#xa0;: intact (%1 entrées)</translation>
    </message>
    <message>
        <source>audit log: BROKEN at entry %1: %2</source>
        <translation>journal d’audit&#xa0;: CORROMPU à l’entrée %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Case %1 %2</source>
        <translation>Affaire %1 %2</translation>
    </message>
    <message>
        <source>Examiner: %1</source>
        <translation>Analyste&#xa0;: %1</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>Organisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Created: %1 (time zone %2)</source>
        <translation>Créée le&#xa0;: %1 (fuseau horaire %2)</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Dossier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Preuves&#xa0;:</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Audit log:</source>
        <translation>Journal d’audit&#xa0;:</translation>
    </message>
    <message>
        <source>The note.</source>
        <translation>La note.</translation>
    </message>
    <message>
        <source>dockscope-cli case note: no text given</source>
        <translation>dockscope-cli case note&#xa0;: aucun texte indiqué</translation>
    </message>
    <message>
        <source>dockscope-cli case: unknown subcommand &quot;%1&quot;</source>
        <translation>dockscope-cli case&#xa0;: sous-commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>dockscope-cli: evidence item %1 does not verify: %2 %3</source>
        <translation>dockscope-cli&#xa0;: l’élément de preuve %1 ne passe pas la vérification&#xa0;: %2 %3</translation>
    </message>
    <message>
        <source>%1: the audit log is broken at entry %2: %3</source>
        <translation>%1&#xa0;: le journal d’audit est corrompu à l’entrée %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: cannot write %2: %3</source>
        <translation>%1&#xa0;: impossible d’écrire %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>report %1 written to %2</source>
        <translation>rapport %1 écrit dans %2</translation>
    </message>
    <message>
        <source>Include this case&apos;s metadata, verifications, notes, tags and audit log, and record the report in it.</source>
        <translation>Inclure les métadonnées, les vérifications, les notes, les tags et le journal d’audit de cette affaire, et y consigner le rapport.</translation>
    </message>
    <message>
        <source>dockscope-cli report: no evidence given</source>
        <translation>dockscope-cli report&#xa0;: aucune preuve indiquée</translation>
    </message>
    <message>
        <source>dockscope-cli case report: give one case file</source>
        <translation>dockscope-cli case report&#xa0;: indiquez un fichier d’affaire</translation>
    </message>
    <message>
        <source>dockscope-cli case report: the case holds no evidence (case add)</source>
        <translation>dockscope-cli case report&#xa0;: l’affaire ne contient aucune preuve (case add)</translation>
    </message>
    <message>
        <source>Preserve a container from a live Docker host into a new evidence folder: engine info and version, the container list, the container&apos;s inspect, processes, changes, logs (both streams, with timestamps), file system export, image inspect, history and save, and the paths asked for. Every artefact is streamed to disk while hashed and listed in manifest.json with its API call, UTC times, size and SHA-256; every step is written to acquisition.log; the folder is made read-only at the end. The manifest&apos;s SHA-256 is printed last.

Exit codes: 0 complete, 1 some steps failed (see the log), 2 usage error, 3 nothing could be acquired.</source>
        <translation>Préserver un conteneur d’un hôte Docker en fonctionnement dans un nouveau dossier de preuves&#xa0;: informations et version du moteur, liste des conteneurs, inspect, processus, modifications et journaux du conteneur (les deux flux, horodatés), export du système de fichiers, inspect, historique et save de l’image, ainsi que les chemins demandés. Chaque artefact est écrit en flux sur le disque pendant le calcul de son empreinte et listé dans manifest.json avec son appel d’API, ses heures UTC, sa taille et son SHA-256&#xa0;; chaque étape est consignée dans acquisition.log&#xa0;; le dossier est mis en lecture seule à la fin. Le SHA-256 du manifeste est affiché en dernier.

Codes de sortie&#xa0;: 0 complète, 1 certaines étapes ont échoué (voir le journal), 2 erreur d’utilisation, 3 rien n’a pu être acquis.</translation>
    </message>
    <message>
        <source>The engine: unix:///path/docker.sock (default unix:///var/run/docker.sock) or tcp://host:port.</source>
        <translation>Le moteur&#xa0;: unix:///path/docker.sock (par défaut unix:///var/run/docker.sock) ou tcp://host:port.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>The container: id, unique id prefix or name.</source>
        <translation>Le conteneur&#xa0;: identifiant, préfixe d’identifiant unique ou nom.</translation>
    </message>
    <message>
        <source>ID|NAME</source>
        <translation>ID|NOM</translation>
    </message>
    <message>
        <source>The new acquisition folder (must not exist, or be empty).</source>
        <translation>Le nouveau dossier d’acquisition (ne doit pas exister, ou doit être vide).</translation>
    </message>
    <message>
        <source>The examiner&apos;s name, for the log and the manifest.</source>
        <translation>Le nom de l’analyste, pour le journal et le manifeste.</translation>
    </message>
    <message>
        <source>Comma-separated paths in the container to copy as tar archives (/var/log,/tmp,/etc/passwd).</source>
        <translation>Chemins du conteneur, séparés par des virgules, à copier en archives tar (/var/log,/tmp,/etc/passwd).</translation>
    </message>
    <message>
        <source>PATHS</source>
        <translation>CHEMINS</translation>
    </message>
    <message>
        <source>Also commit the container&apos;s current state to a new image on the host and save it (changes the host: logged).</source>
        <translation>Faire aussi un commit de l’état actuel du conteneur vers une nouvelle image sur l’hôte et la sauvegarder (modifie l’hôte&#xa0;: consigné dans le journal).</translation>
    </message>
    <message>
        <source>Also read the network connections by running a process in the container (changes its state: logged).</source>
        <translation>Lire aussi les connexions réseau en exécutant un processus dans le conteneur (modifie son état&#xa0;: consigné dans le journal).</translation>
    </message>
    <message>
        <source>Do not echo the acquisition log on stderr.</source>
        <translation>Ne pas recopier le journal d’acquisition sur stderr.</translation>
    </message>
    <message>
        <source>dockscope-cli acquire: --container and -o DIR are required</source>
        <translation>dockscope-cli acquire&#xa0;: --container et -o DOSSIER sont obligatoires</translation>
    </message>
    <message>
        <source>dockscope-cli acquire: %1</source>
        <translation>dockscope-cli acquire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Acquisition %1: %2 of %3 artefacts complete</source>
        <translation>Acquisition %1&#xa0;: %2 artefacts complets sur %3</translation>
    </message>
    <message>
        <source>Container: %1 (%2)</source>
        <translation>Conteneur&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Manifest: %1</source>
        <translation>Manifeste&#xa0;: %1</translation>
    </message>
    <message>
        <source>Manifest SHA-256: %1</source>
        <translation>SHA-256 du manifeste&#xa0;: %1</translation>
    </message>
    <message>
        <source>Hash every file the package databases record a checksum for (default: only files a later layer or the container rewrote).</source>
        <translation>Calculer l’empreinte de chaque fichier pour lequel les bases de paquets enregistrent une somme de contrôle (par défaut&#xa0;: seulement les fichiers réécrits par une couche ultérieure ou par le conteneur).</translation>
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
        <translation>Utilisation&#xa0;: dockscope-cli COMMANDE [OPTIONS] PREUVE...

Analyse forensique hors ligne d’images et de conteneurs Docker.

Commandes&#xa0;:
  acquire   Préserver un conteneur d’un hôte Docker en fonctionnement dans un
            dossier de preuves en lecture seule, avec empreintes
            (--host unix:///var/run/docker.sock --container ID -o DOSSIER).
  analyze   Lire les preuves, reconstruire les couches, vérifier la chaîne
            d’empreintes&#xa0;; afficher un résumé ou écrire l’analyse JSON
            (--json FICHIER|-).
  case      Tenir un fichier d’affaire&#xa0;: case new|add|verify|show|note|report
            (case --help).
  ci        Évaluer les règles CI de dive (efficacité, octets gaspillés) sur
            des images.
  containers Lister les conteneurs d’un répertoire de données, d’un disque
             ou d’un dossier de preuves.
  report    Écrire un rapport PDF, HTML, JSON ou CSV sur des preuves, avec ou
            sans affaire (--case FICHIER --format FORMAT -o FICHIER).
  sbom      Écrire les paquets d’une image sous forme de SBOM
            (--format cyclonedx|spdx, -o FICHIER).
  timeline  Écrire la chronologie en CSV ou JSON Lines pour Timesketch
            (--format csv|jsonl, -o FICHIER).

Options&#xa0;:
  -h, --help     Afficher cette aide (COMMANDE --help pour les options
                 d’une commande).
  -v, --version  Afficher la version.

Codes de sortie&#xa0;: 0 analyse effectuée, 1 analyse avec des avertissements sur
les preuves (ci&#xa0;: une règle a échoué), 2 erreur d’utilisation, 3 aucune preuve
n’a pu être lue, 4 les preuves de l’affaire ne concordent pas ou le journal
d’audit est corrompu.

Exemples&#xa0;:
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
        <translation>Confronter les paquets trouvés aux fichiers de vulnérabilités OSV (*.json) sous DOSSIER.</translation>
    </message>
    <message>
        <source>--vuln-db %1: not a folder</source>
        <translation>--vuln-db %1&#xa0;: pas un dossier</translation>
    </message>
    <message>
        <source>Write the software bill of materials of an image (its packages, with purls, hashes and the layer that brought each) as CycloneDX 1.5 or SPDX 2.3 JSON.</source>
        <translation>Écrire la nomenclature logicielle (SBOM) d’une image (ses paquets, avec purls, empreintes et la couche qui a apporté chacun) en JSON CycloneDX 1.5 ou SPDX 2.3.</translation>
    </message>
    <message>
        <source>cyclonedx (default) or spdx.</source>
        <translation>cyclonedx (par défaut) ou spdx.</translation>
    </message>
    <message>
        <source>The image (an id prefix or a tag) when the evidence holds several.</source>
        <translation>L’image (un préfixe d’identifiant ou un tag) lorsque les preuves en contiennent plusieurs.</translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation>IMAGE</translation>
    </message>
    <message>
        <source>dockscope-cli sbom: no evidence given</source>
        <translation>dockscope-cli sbom&#xa0;: aucune preuve indiquée</translation>
    </message>
    <message>
        <source>dockscope-cli sbom: unknown format &quot;%1&quot; (cyclonedx or spdx)</source>
        <translation>dockscope-cli sbom&#xa0;: format inconnu «&#xa0;%1&#xa0;» (cyclonedx ou spdx)</translation>
    </message>
    <message>
        <source>dockscope-cli sbom: no image found in the evidence</source>
        <translation>dockscope-cli sbom&#xa0;: aucune image trouvée dans les preuves</translation>
    </message>
    <message>
        <source>Describe this container&apos;s file system instead (a unique id prefix or its name): its read-write layer on its image in a data root, or its docker export.</source>
        <translation>Décrire plutôt le système de fichiers de ce conteneur (un préfixe d’identifiant unique ou son nom)&#xa0;: sa couche en lecture-écriture sur son image dans une répertoire de données, ou son docker export.</translation>
    </message>
    <message>
        <source>CONTAINER</source>
        <translation>CONTENEUR</translation>
    </message>
    <message>
        <source>dockscope-cli sbom: --container needs a non-empty id prefix or name, and goes without --image</source>
        <translation>dockscope-cli sbom&#xa0;: --container demande un préfixe d’identifiant ou un nom non vide, et s’emploie sans --image</translation>
    </message>
    <message>
        <source>dockscope-cli sbom: no file system of container &quot;%1&quot; in the evidence (a data root with its read-write layer, or its docker export with its inspect output)</source>
        <translation>dockscope-cli sbom&#xa0;: aucun système de fichiers du conteneur «&#xa0;%1&#xa0;» dans les éléments de preuve (une répertoire de données avec sa couche en lecture-écriture, ou son docker export avec sa sortie inspect)</translation>
    </message>
    <message>
        <source>dockscope-cli sbom: the evidence holds %1 images; choose one with --image or --container:</source>
        <translation>dockscope-cli sbom&#xa0;: les éléments de preuve contiennent %1 images&#xa0;; choisissez-en une avec --image ou --container&#xa0;:</translation>
    </message>
</context>
<context>
    <name>dockscope::AcquireProgressPage</name>
    <message>
        <source>Acquiring</source>
        <translation>Acquisition en cours</translation>
    </message>
    <message>
        <source>Every artefact is streamed to disk while it is hashed. Cancel stops after the current read; what was written stays, listed in the manifest.</source>
        <translation>Chaque artefact est écrit en flux sur le disque pendant le calcul de son empreinte. Annuler s’arrête après la lecture en cours&#xa0;; ce qui a été écrit est conservé et listé dans le manifeste.</translation>
    </message>
    <message>
        <source>Open the acquisition as evidence when done</source>
        <translation>Ouvrir l’acquisition comme preuve une fois terminée</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Step %1 of about %2: %3 (%4 MB)</source>
        <translation>Étape %1 sur environ %2&#xa0;: %3 (%4 Mo)</translation>
    </message>
    <message>
        <source>Step %1 of about %2: %3</source>
        <translation>Étape %1 sur environ %2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>Acquisition complete: %n artefact(s).</source>
        <translation>
            <numerusform>Acquisition terminée&#xa0;: %n artefact.</numerusform>
            <numerusform>Acquisition terminée&#xa0;: %n artefacts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Acquisition partial: %1 of %2 artefacts complete; see the log.</source>
        <translation>Acquisition partielle&#xa0;: %1 artefacts complets sur %2&#xa0;; voir le journal.</translation>
    </message>
    <message>
        <source>Acquisition cancelled; what was written is listed in the manifest.</source>
        <translation>Acquisition annulée&#xa0;; ce qui a été écrit est listé dans le manifeste.</translation>
    </message>
    <message>
        <source>Acquisition failed: %1</source>
        <translation>Échec de l’acquisition&#xa0;: %1</translation>
    </message>
    <message>
        <source>Manifest: %1
Manifest SHA-256: %2</source>
        <translation>Manifeste&#xa0;: %1
SHA-256 du manifeste&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>dockscope::AcquireWizard</name>
    <message>
        <source>Acquire from Docker Host</source>
        <translation>Acquérir depuis un hôte Docker</translation>
    </message>
    <message>
        <source>Engine and container</source>
        <translation>Moteur et conteneur</translation>
    </message>
    <message>
        <source>Dockscope speaks the Docker Engine API over the engine&apos;s socket itself; nothing is started on the host unless you ask for it on the next page.</source>
        <translation>Dockscope dialogue lui-même avec l’API Docker Engine via le socket du moteur&#xa0;; rien n’est lancé sur l’hôte, sauf si vous le demandez à la page suivante.</translation>
    </message>
    <message>
        <source>&amp;List Containers</source>
        <translation>&amp;Lister les conteneurs</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
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
        <translation>État</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>id, unique id prefix or name</source>
        <translation>identifiant, préfixe d’identifiant unique ou nom</translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>&amp;Moteur&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ontainer:</source>
        <translation>&amp;Conteneur&#xa0;:</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Interrogation de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n container(s) on this engine.</source>
        <translation>
            <numerusform>%n conteneur sur ce moteur.</numerusform>
            <numerusform>%n conteneurs sur ce moteur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot list the containers: %1</source>
        <translation>Impossible de lister les conteneurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>What to preserve</source>
        <translation>Ce qu’il faut préserver</translation>
    </message>
    <message>
        <source>Always collected: engine info and version, all containers, the container&apos;s inspect, processes, changes, logs, file system export and its image.</source>
        <translation>Toujours collectés&#xa0;: informations et version du moteur, tous les conteneurs, inspect, processus, modifications, journaux et export du système de fichiers du conteneur, ainsi que son image.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parco&amp;urir…</translation>
    </message>
    <message>
        <source>Commit the container to a new image and save it</source>
        <translation>Faire un commit du conteneur vers une nouvelle image et la sauvegarder</translation>
    </message>
    <message>
        <source>Creates an image on the host and pauses the container while it is committed. Logged.</source>
        <translation>Crée une image sur l’hôte et met le conteneur en pause pendant le commit. Consigné dans le journal.</translation>
    </message>
    <message>
        <source>Read the network connections by running a process in the container</source>
        <translation>Lire les connexions réseau en exécutant un processus dans le conteneur</translation>
    </message>
    <message>
        <source>Starts cat of /proc/net/* inside the container: changes its state. Logged.</source>
        <translation>Lance cat sur /proc/net/* dans le conteneur&#xa0;: modifie son état. Consigné dans le journal.</translation>
    </message>
    <message>
        <source>E&amp;xaminer:</source>
        <translation>Anal&amp;yste&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Paths to copy:</source>
        <translation>&amp;Chemins à copier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New folder:</source>
        <translation>&amp;Nouveau dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Parent Folder of the Acquisition</source>
        <translation>Dossier parent de l’acquisition</translation>
    </message>
</context>
<context>
    <name>dockscope::CasePropertiesDialog</name>
    <message>
        <source>New Case</source>
        <translation>Nouvelle affaire</translation>
    </message>
    <message>
        <source>Case Properties</source>
        <translation>Propriétés de l’affaire</translation>
    </message>
    <message>
        <source>as your organisation numbers cases, e.g. 2026-0142</source>
        <translation>selon la numérotation de votre organisation, p. ex. 2026-0142</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>&amp;Numéro de l’affaire&#xa0;:</translation>
    </message>
    <message>
        <source>Case n&amp;ame:</source>
        <translation>Nom de l’&amp;affaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Examiner:</source>
        <translation>Anal&amp;yste&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Display &amp;time zone:</source>
        <translation>&amp;Fuseau horaire d’affichage&#xa0;:</translation>
    </message>
</context>
<context>
    <name>dockscope::CaseSession</name>
    <message>
        <source>Verifying the evidence hashes</source>
        <translation>Vérification des empreintes des preuves</translation>
    </message>
    <message>
        <source>%1: already in the case</source>
        <translation>%1&#xa0;: déjà dans l’affaire</translation>
    </message>
    <message>
        <source>Hashing the evidence (SHA-256, SHA-1, MD5)</source>
        <translation>Calcul des empreintes des preuves (SHA-256, SHA-1, MD5)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The analysis could not be recorded in the case file.</source>
        <translation>L’analyse n’a pas pu être enregistrée dans le fichier d’affaire.</translation>
    </message>
    <message>
        <source>The report could not be recorded in the case file.</source>
        <translation>Le rapport n’a pas pu être enregistré dans le fichier d’affaire.</translation>
    </message>
</context>
<context>
    <name>dockscope::CaseView</name>
    <message>
        <source>the case</source>
        <translation>l’affaire</translation>
    </message>
    <message>
        <source>finding: %1</source>
        <translation>constat&#xa0;: %1</translation>
    </message>
    <message>
        <source>file: %1</source>
        <translation>fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>not verified yet</source>
        <translation>pas encore vérifié</translation>
    </message>
    <message>
        <source>match (%1)</source>
        <translation>conforme (%1)</translation>
    </message>
    <message>
        <source>MISMATCH (%1): SHA-256 now %2</source>
        <translation>NON CONFORME (%1)&#xa0;: SHA-256 désormais %2</translation>
    </message>
    <message>
        <source>MISSING (%1)</source>
        <translation>ABSENT (%1)</translation>
    </message>
    <message>
        <source>UNREADABLE (%1): %2</source>
        <translation>ILLISIBLE (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>SHA-256 at intake</source>
        <translation>SHA-256 à l’ajout</translation>
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
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Latest verification</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horodatage</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>Analyste</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Rattachée à</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>No case is open. File → New Case… keeps the evidence hashes, notes, tags and an audit log; File → Open Case… opens one.</source>
        <translation>Aucune affaire n’est ouverte. Fichier → Nouvelle affaire… conserve les empreintes des preuves, les notes, les tags et un journal d’audit&#xa0;; Fichier → Ouvrir une affaire… en ouvre une.</translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation>Propriétés…</translation>
    </message>
    <message>
        <source>Add Note…</source>
        <translation>Ajouter une note…</translation>
    </message>
    <message>
        <source>Verify Evidence</source>
        <translation>Vérifier les preuves</translation>
    </message>
    <message>
        <source>Open Case Folder</source>
        <translation>Ouvrir le dossier de l’affaire</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Tags and Bookmarks</source>
        <translation>Tags et signets</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Remove Note</source>
        <translation>Retirer la note</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>Retirer le tag</translation>
    </message>
    <message numerus="yes">
        <source>EVIDENCE VERIFICATION FAILED: %n evidence item(s) no longer match their intake hashes.</source>
        <translation>
            <numerusform>ÉCHEC DE LA VÉRIFICATION DES PREUVES&#xa0;: %n élément de preuve ne correspond plus à ses empreintes prises à l’ajout.</numerusform>
            <numerusform>ÉCHEC DE LA VÉRIFICATION DES PREUVES&#xa0;: %n éléments de preuve ne correspondent plus à leurs empreintes prises à l’ajout.</numerusform>
        </translation>
    </message>
    <message>
        <source>EVIDENCE VERIFICATION FAILED earlier in this case; the latest verification of every item matched. The failure stays in the audit log and in every report.</source>
        <translation>ÉCHEC DE LA VÉRIFICATION DES PREUVES précédemment dans cette affaire&#xa0;; la dernière vérification de chaque élément était conforme. L’échec reste consigné dans le journal d’audit et dans chaque rapport.</translation>
    </message>
    <message>
        <source>No evidence in the case yet.</source>
        <translation>Aucune preuve dans l’affaire pour l’instant.</translation>
    </message>
    <message>
        <source>%1 of %2 evidence items verified.</source>
        <translation>%1 éléments de preuve vérifiés sur %2.</translation>
    </message>
    <message numerus="yes">
        <source>All %n evidence item(s) match their intake hashes.</source>
        <translation>
            <numerusform>%n élément de preuve correspond à ses empreintes prises à l’ajout.</numerusform>
            <numerusform>Les %n éléments de preuve correspondent tous à leurs empreintes prises à l’ajout.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit log: %n entries, hash chain intact.</source>
        <translation>
            <numerusform>Journal d’audit&#xa0;: %n entrée, chaîne d’empreintes intacte.</numerusform>
            <numerusform>Journal d’audit&#xa0;: %n entrées, chaîne d’empreintes intacte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log: hash chain BROKEN at entry %1: %2</source>
        <translation>Journal d’audit&#xa0;: chaîne d’empreintes ROMPUE à l’entrée %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Entry %1
Hash %2
Previous %3
%4</source>
        <translation>Entrée %1
Empreinte %2
Précédente %3
%4</translation>
    </message>
    <message>
        <source>check: %1</source>
        <translation>contrôle&#xa0;: %1</translation>
    </message>
    <message>
        <source>event: %1</source>
        <translation>événement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Case %1%2
Examiner %3%4
%5</source>
        <translation>Affaire %1%2
Analyste %3%4
%5</translation>
    </message>
</context>
<context>
    <name>dockscope::ChecklistModel</name>
    <message>
        <source>Container: %1</source>
        <translation>Conteneur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Valeur&#xa0;: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Read from: %1</source>
        <translation>Lu depuis&#xa0;: %1</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(non enregistré)</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Conteneur</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>s.o.</translation>
    </message>
</context>
<context>
    <name>dockscope::ChecklistView</name>
    <message>
        <source>Filter checks</source>
        <translation>Filtrer les contrôles</translation>
    </message>
    <message>
        <source>Shows the checks whose container, ID, title, value or source contains this text (case-insensitive).</source>
        <translation>Affiche les contrôles dont le conteneur, l’ID, le titre, la valeur ou la source contient ce texte (sans distinction de casse).</translation>
    </message>
    <message>
        <source>Shows only checks with this outcome</source>
        <translation>Affiche uniquement les contrôles ayant ce résultat</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>Fail and warn</source>
        <translation>Échec et avertissement</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Warn</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>No checklist: the runtime configuration checks (RT-01 to RT-20) of containers read from inspect output or a Docker data root arrive with the checklist engine.</source>
        <translation>Aucune liste de contrôle&#xa0;: les contrôles de la configuration d’exécution (RT-01 à RT-20) des conteneurs lus depuis une sortie d’inspect ou un répertoire de données Docker arriveront avec le moteur de liste de contrôle.</translation>
    </message>
    <message>
        <source>Shows only this check, for every container</source>
        <translation>N’affiche que ce contrôle, pour chaque conteneur</translation>
    </message>
    <message>
        <source>All checks</source>
        <translation>Tous les contrôles</translation>
    </message>
</context>
<context>
    <name>dockscope::EvidenceModel</name>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>read, hashed at intake</source>
        <translation>lu, empreinte calculée à l’ajout</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Format&#xa0;: %1</translation>
    </message>
    <message>
        <source>Platforms: %1</source>
        <translation>Plateformes&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n artifact(s) listed, not analysed</source>
        <translation>
            <numerusform>%n artefact listé, non analysé</numerusform>
            <numerusform>%n artefacts listés, non analysés</numerusform>
        </translation>
    </message>
    <message>
        <source>container file system</source>
        <translation>système de fichiers de conteneur</translation>
    </message>
    <message>
        <source>&lt;untagged&gt; %1</source>
        <translation>&lt;sans tag&gt; %1</translation>
    </message>
    <message>
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>nothing to verify against</source>
        <translation>aucune référence pour la vérification</translation>
    </message>
    <message>
        <source>%1 of %2 layers verified</source>
        <translation>%1 sur %2 couches vérifiées</translation>
    </message>
    <message>
        <source>Image %1
Platform %2
Created %3</source>
        <translation>Image %1
Plateforme %2
Créée le %3</translation>
    </message>
    <message>
        <source>(no config)</source>
        <translation>(aucune config)</translation>
    </message>
    <message>
        <source>container</source>
        <translation>conteneur</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours d’exécution</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>VERIFICATION FAILED: %1</source>
        <translation>ÉCHEC DE LA VÉRIFICATION : %1</translation>
    </message>
    <message>
        <source>verified %1</source>
        <translation>vérifié %1</translation>
    </message>
</context>
<context>
    <name>dockscope::EvidenceView</name>
    <message>
        <source>No evidence yet. Drop docker save archives, OCI layouts or docker export tarballs here, or use File ▸ Add Evidence.</source>
        <translation>Aucune preuve pour l’instant. Déposez ici des archives docker save, des layouts OCI ou des archives tar docker export, ou utilisez Fichier ▸ Ajouter des preuves.</translation>
    </message>
</context>
<context>
    <name>dockscope::FileMetadataView</name>
    <message>
        <source>Path:</source>
        <translation>Chemin&#xa0;:</translation>
    </message>
    <message>
        <source>Name as stored:</source>
        <translation>Nom tel qu’enregistré&#xa0;:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille&#xa0;:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Mode&#xa0;:</translation>
    </message>
    <message>
        <source>Owner (uid:gid):</source>
        <translation>Propriétaire (uid:gid)&#xa0;:</translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation>Modifié le&#xa0;:</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Couche&#xa0;:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Preuve&#xa0;:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256&#xa0;:</translation>
    </message>
    <message>
        <source>Link target:</source>
        <translation>Cible du lien&#xa0;:</translation>
    </message>
    <message>
        <source>Extended attributes:</source>
        <translation>Attributs étendus&#xa0;:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Remarques&#xa0;:</translation>
    </message>
    <message>
        <source>Regular file</source>
        <translation>Fichier ordinaire</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Répertoire</translation>
    </message>
    <message>
        <source>Symbolic link</source>
        <translation>Lien symbolique</translation>
    </message>
    <message>
        <source>Hard link</source>
        <translation>Lien physique</translation>
    </message>
    <message>
        <source>Character device %1, %2</source>
        <translation>Périphérique caractère %1, %2</translation>
    </message>
    <message>
        <source>Block device %1, %2</source>
        <translation>Périphérique bloc %1, %2</translation>
    </message>
    <message>
        <source>Named pipe (FIFO)</source>
        <translation>Tube nommé (FIFO)</translation>
    </message>
    <message>
        <source>Whiteout: removes /%1 from the layers below</source>
        <translation>Whiteout&#xa0;: supprime /%1 des couches inférieures</translation>
    </message>
    <message>
        <source>Opaque marker: hides what the layers below put in /%1</source>
        <translation>Marqueur opaque&#xa0;: masque ce que les couches inférieures ont placé dans /%1</translation>
    </message>
    <message>
        <source>aufs metadata, not a file</source>
        <translation>métadonnées aufs, pas un fichier</translation>
    </message>
    <message>
        <source>The layer lists this path more than once; this copy is the later one</source>
        <translation>La couche liste ce chemin plusieurs fois&#xa0;; cette copie est l’occurrence ultérieure</translation>
    </message>
    <message>
        <source>The layer ends inside this file&apos;s data</source>
        <translation>La couche se termine au milieu des données de ce fichier</translation>
    </message>
    <message>
        <source>The name climbs above the layer root (path traversal); never applied</source>
        <translation>Le nom remonte au-dessus de la racine de la couche (traversée de répertoires)&#xa0;; jamais appliqué</translation>
    </message>
    <message>
        <source>Stored with an absolute name</source>
        <translation>Enregistré avec un nom absolu</translation>
    </message>
    <message>
        <source>The name is not valid UTF-8; invalid bytes are shown as \xNN</source>
        <translation>Le nom n’est pas en UTF-8 valide&#xa0;; les octets non valides sont affichés sous la forme \xNN</translation>
    </message>
    <message>
        <source>… (%1 bytes)</source>
        <translation>… (%1 octets)</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 octets)</translation>
    </message>
    <message>
        <source>Layer %1, member %2</source>
        <translation>Couche %1, membre %2</translation>
    </message>
    <message>
        <source>Bytes from /%1 in member %2</source>
        <translation>Octets de /%1 dans le membre %2</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Image %1</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>non calculé</translation>
    </message>
</context>
<context>
    <name>dockscope::FileTreeModel</name>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>unmodified</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>[opaque]</source>
        <translation>[opaque]</translation>
    </message>
    <message>
        <source>In layer %1: %2</source>
        <translation>Dans la couche %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Deleted by a whiteout (.wh.%1)</source>
        <translation>Supprimé par un whiteout (.wh.%1)</translation>
    </message>
    <message>
        <source>Hidden because its directory was made opaque (.wh..wh..opq)</source>
        <translation>Masqué, car son répertoire a été rendu opaque (.wh..wh..opq)</translation>
    </message>
    <message>
        <source>Removed because a file replaced its directory</source>
        <translation>Supprimé, car un fichier a remplacé son répertoire</translation>
    </message>
    <message>
        <source>This layer made the directory opaque: lower layers&apos; contents are hidden</source>
        <translation>Cette couche a rendu le répertoire opaque&#xa0;: le contenu des couches inférieures est masqué</translation>
    </message>
    <message>
        <source>Last written by layer %1</source>
        <translation>Dernière écriture par la couche %1</translation>
    </message>
    <message>
        <source>Directory implied by the paths below it (no layer lists it)</source>
        <translation>Répertoire déduit des chemins qu’il contient (aucune couche ne le liste)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>UID:GID</source>
        <translation>UID:GID</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
</context>
<context>
    <name>dockscope::FileViewer</name>
    <message>
        <source> … [%1 more characters]</source>
        <translation> … [%1 caractères de plus]</translation>
    </message>
    <message>
        <source>Export file…</source>
        <translation>Exporter le fichier…</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Show the content as text with line numbers</source>
        <translation>Afficher le contenu sous forme de texte avec numéros de ligne</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hexa</translation>
    </message>
    <message>
        <source>Show the content as offsets, hexadecimal bytes and ASCII</source>
        <translation>Afficher le contenu sous forme d’offsets, d’octets hexadécimaux et d’ASCII</translation>
    </message>
    <message>
        <source>Write a copy of this file and its SHA-256 into the case&apos;s export folder (never beside the evidence)</source>
        <translation>Écrire une copie de ce fichier et son empreinte SHA-256 dans le dossier d’export de l’affaire (jamais à côté des preuves)</translation>
    </message>
    <message>
        <source>Select a file to see its content and metadata.</source>
        <translation>Sélectionnez un fichier pour voir son contenu et ses métadonnées.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 bytes; export the file to get all of it.</source>
        <translation>Affichage des %1 premiers octets sur %2&#xa0;; exportez le fichier pour l’obtenir en entier.</translation>
    </message>
    <message>
        <source>The content could not be read completely: %1</source>
        <translation>Le contenu n’a pas pu être lu entièrement&#xa0;: %1</translation>
    </message>
    <message>
        <source>The content could not be read: %1</source>
        <translation>Le contenu n’a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The SHA-256 of the content read now (%1) differs from the one recorded by the analysis.</source>
        <translation>L’empreinte SHA-256 du contenu lu maintenant (%1) diffère de celle enregistrée par l’analyse.</translation>
    </message>
    <message>
        <source>No content could be read.</source>
        <translation>Aucun contenu n’a pu être lu.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Le fichier n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>(empty file)</source>
        <translation>(fichier vide)</translation>
    </message>
    <message>
        <source>Preparing the text view…</source>
        <translation>Préparation de la vue texte…</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) longer than %1 characters are cut short in the text view; the hex view and the export hold every byte.</source>
        <translation>
            <numerusform>%n ligne de plus de %1 caractères est tronquée dans la vue texte&#xa0;; la vue hexa et l’export contiennent tous les octets.</numerusform>
            <numerusform>%n lignes de plus de %1 caractères sont tronquées dans la vue texte&#xa0;; la vue hexa et l’export contiennent tous les octets.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the case&apos;s export folder</source>
        <translation>Choisir le dossier d’export de l’affaire</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Exporter le fichier</translation>
    </message>
    <message>
        <source>%1 is the folder of the evidence or lies inside it. Exports are never written beside the evidence: choose another export folder.</source>
        <translation>%1 est le dossier de la preuve ou se trouve à l’intérieur. Les exports ne sont jamais écrits à côté des preuves&#xa0;: choisissez un autre dossier d’export.</translation>
    </message>
    <message>
        <source>Exported %1 (%2 bytes) to %3.
SHA-256: %4</source>
        <translation>%1 (%2 octets) exporté vers %3.
SHA-256&#xa0;: %4</translation>
    </message>
    <message>
        <source>Warning: this differs from the SHA-256 recorded by the analysis (%1).</source>
        <translation>Avertissement&#xa0;: cette valeur diffère de l’empreinte SHA-256 enregistrée par l’analyse (%1).</translation>
    </message>
    <message>
        <source>This entry has no content to show (type: %1).</source>
        <translation>Cette entrée n’a pas de contenu à afficher (type&#xa0;: %1).</translation>
    </message>
</context>
<context>
    <name>dockscope::FindingsModel</name>
    <message>
        <source>container %1</source>
        <translation>conteneur %1</translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>image %1</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>couche %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>Path: %1</source>
        <translation>Chemin&#xa0;: %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Emplacement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Evidence file: %1</source>
        <translation>Fichier de preuve&#xa0;: %1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Horodatage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Matched: %1</source>
        <translation>Correspondance&#xa0;: %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256&#xa0;: %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
</context>
<context>
    <name>dockscope::FindingsView</name>
    <message>
        <source>Filter findings</source>
        <translation>Filtrer les constats</translation>
    </message>
    <message>
        <source>Shows the findings whose rule, title, path, location, evidence or hash contains this text (case-insensitive).</source>
        <translation>Affiche les constats dont la règle, le titre, le chemin, l’emplacement, la preuve ou l’empreinte contient ce texte (sans distinction de casse).</translation>
    </message>
    <message>
        <source>Shows only findings of this severity or above</source>
        <translation>Affiche uniquement les constats de cette gravité ou d’une gravité supérieure</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Toutes les gravités</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>High and above</source>
        <translation>Élevée et plus</translation>
    </message>
    <message>
        <source>Medium and above</source>
        <translation>Moyenne et plus</translation>
    </message>
    <message>
        <source>Low and above</source>
        <translation>Faible et plus</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>No findings: content and configuration checks arrive with the findings engine.</source>
        <translation>Aucun constat&#xa0;: les contrôles de contenu et de configuration arriveront avec le moteur de constats.</translation>
    </message>
    <message>
        <source>Shows only findings of this rule</source>
        <translation>N’affiche que les constats de cette règle</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>Toutes les règles</translation>
    </message>
</context>
<context>
    <name>dockscope::InefficientFilesModel</name>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Total space</source>
        <translation>Espace total</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
</context>
<context>
    <name>dockscope::LayerListModel</name>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>non vérifiée</translation>
    </message>
    <message>
        <source>(no build command recorded)</source>
        <translation>(aucune commande de construction enregistrée)</translation>
    </message>
    <message>
        <source>Layer %1 (%2)</source>
        <translation>Couche %1 (%2)</translation>
    </message>
    <message>
        <source>Blob digest: %1</source>
        <translation>Empreinte du blob&#xa0;: %1</translation>
    </message>
    <message>
        <source>Descriptor digest: %1</source>
        <translation>Empreinte du descripteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>diff_id: %1</source>
        <translation>diff_id&#xa0;: %1</translation>
    </message>
    <message>
        <source>Config diff_id: %1</source>
        <translation>diff_id selon la config&#xa0;: %1</translation>
    </message>
    <message>
        <source>Compression: %1, stored %2</source>
        <translation>Compression&#xa0;: %1, taille stockée %2</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Créée le&#xa0;: %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifiés</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Créée par</translation>
    </message>
</context>
<context>
    <name>dockscope::LayersView</name>
    <message>
        <source>Image:</source>
        <translation>Image&#xa0;:</translation>
    </message>
    <message>
        <source>Everything up to this layer</source>
        <translation>Tout jusqu’à cette couche</translation>
    </message>
    <message>
        <source>Only this layer&apos;s changes</source>
        <translation>Seulement les modifications de cette couche</translation>
    </message>
    <message>
        <source>Aggregated: the file system after layers 0…i. Layer changes: what layer i added, modified and removed (Ctrl+L toggles).</source>
        <translation>Agrégé&#xa0;: le système de fichiers après les couches 0…i. Modifications de la couche&#xa0;: ce que la couche i a ajouté, modifié et supprimé (Ctrl+L pour basculer).</translation>
    </message>
    <message>
        <source>Show or hide %1 entries</source>
        <translation>Afficher ou masquer les entrées «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Filter by name: *.conf, id_rsa*  (or a regular expression on the path)</source>
        <translation>Filtrer par nom&#xa0;: *.conf, id_rsa*  (ou expression régulière sur le chemin)</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>Regex</translation>
    </message>
    <message>
        <source>Match a regular expression against the whole path instead of wildcards against the name</source>
        <translation>Appliquer une expression régulière au chemin complet au lieu de caractères génériques au nom</translation>
    </message>
    <message>
        <source>Go to writer</source>
        <translation>Aller à la couche d’écriture</translation>
    </message>
    <message>
        <source>Go to the layer that last wrote the selected path</source>
        <translation>Aller à la couche qui a écrit en dernier le chemin sélectionné</translation>
    </message>
    <message>
        <source>container file system</source>
        <translation>système de fichiers de conteneur</translation>
    </message>
    <message>
        <source>Invalid regular expression</source>
        <translation>Expression régulière non valide</translation>
    </message>
    <message>
        <source>&lt;i&gt;No image. Add evidence with File ▸ Add Evidence, or drop files and folders on the window.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Aucune image. Ajoutez des preuves avec Fichier ▸ Ajouter des preuves, ou déposez des fichiers et des dossiers sur la fenêtre.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>nothing declares digests</source>
        <translation>aucune empreinte déclarée</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b8a3a&apos;&gt;all %1 checks passed&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b8a3a&apos;&gt;tous les contrôles ont réussi (%1)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c01c28&apos;&gt;&lt;b&gt;%1 of %2 checks failed&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c01c28&apos;&gt;&lt;b&gt;%1 sur %2 contrôles en échec&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Image id</source>
        <translation>ID de l’image</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Efficacité</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Taille de l’image</translation>
    </message>
    <message>
        <source>Wasted (dive)</source>
        <translation>Gaspillé (dive)</translation>
    </message>
    <message>
        <source>User wasted (dive)</source>
        <translation>Gaspillé, part utilisateur (dive)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>Truly wasted</source>
        <translation>Réellement gaspillé</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Intégrité</translation>
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
        <translation>Analyse annulée&#xa0;; ses résultats ont été écartés.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>File Viewer</source>
        <translation>Visionneuse de fichiers</translation>
    </message>
    <message>
        <source>Security Checklist</source>
        <translation>Liste de contrôle de sécurité</translation>
    </message>
    <message>
        <source>Suspicious Files</source>
        <translation>Fichiers suspects</translation>
    </message>
    <message>
        <source>Timeline and Logs</source>
        <translation>Chronologie et journaux</translation>
    </message>
    <message>
        <source>Report Preview</source>
        <translation>Aperçu du rapport</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>&amp;Add Evidence…</source>
        <translation>&amp;Ajouter des preuves…</translation>
    </message>
    <message>
        <source>Add image archives, OCI layouts, exports or logs to the case</source>
        <translation>Ajouter des archives d’image, des layouts OCI, des exports ou des journaux à l’affaire</translation>
    </message>
    <message>
        <source>Add Evidence &amp;Folder…</source>
        <translation>Ajouter un &amp;dossier de preuves…</translation>
    </message>
    <message>
        <source>&amp;Remove Evidence</source>
        <translation>Re&amp;tirer les preuves</translation>
    </message>
    <message>
        <source>Show in File &amp;Manager</source>
        <translation>Afficher dans le gestionnaire de &amp;fichiers</translation>
    </message>
    <message>
        <source>Re-&amp;analyse</source>
        <translation>Réa&amp;nalyser</translation>
    </message>
    <message>
        <source>&amp;Cancel Analysis</source>
        <translation>Annuler l’ana&amp;lyse</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Restore &amp;Default Layout</source>
        <translation>Rétablir la disposition par &amp;défaut</translation>
    </message>
    <message>
        <source>&amp;Filter Files…</source>
        <translation>&amp;Filtrer les fichiers…</translation>
    </message>
    <message>
        <source>Toggle &amp;Layer Changes / Aggregated</source>
        <translation>Basculer entre &amp;modifications de la couche et vue agrégée</translation>
    </message>
    <message>
        <source>&amp;About Dockscope</source>
        <translation>À &amp;propos de Dockscope</translation>
    </message>
    <message>
        <source>About Dockscope</source>
        <translation>À propos de Dockscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dockscope %1&lt;/h3&gt;&lt;p&gt;Offline forensic workbench for Docker images and containers.&lt;/p&gt;&lt;p&gt;Evidence is opened read-only and never extracted; every file is hashed with SHA-256 on intake.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dockscope %1&lt;/h3&gt;&lt;p&gt;Atelier d’analyse forensique hors ligne pour images et conteneurs Docker.&lt;/p&gt;&lt;p&gt;Les preuves sont ouvertes en lecture seule et jamais extraites&#xa0;; l’empreinte SHA-256 de chaque fichier est calculée dès son ajout.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>Fe&amp;nêtre</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Add an evidence folder (OCI layout, extracted docker save)</source>
        <translation>Ajouter un dossier de preuves (layout OCI, docker save extrait)</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Ajouter des preuves</translation>
    </message>
    <message>
        <source>Evidence (*.tar *.tar.gz *.tgz *.tar.zst *.oci *.json *.log);;All files (*)</source>
        <translation>Preuves (*.tar *.tar.gz *.tgz *.tar.zst *.oci *.json *.log);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>%1 s restantes</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s)</source>
        <translation>
            <numerusform>%n élément de preuve</numerusform>
            <numerusform>%n éléments de preuve</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message>
        <source>integrity verified</source>
        <translation>intégrité vérifiée</translation>
    </message>
    <message numerus="yes">
        <source>%n integrity check(s) FAILED</source>
        <translation>
            <numerusform>%n contrôle d’intégrité en ÉCHEC</numerusform>
            <numerusform>%n contrôles d’intégrité en ÉCHEC</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable</source>
        <translation>
            <numerusform>%n illisible</numerusform>
            <numerusform>%n illisibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dockscope — %n evidence item(s)</source>
        <translation>
            <numerusform>Dockscope — %n élément de preuve</numerusform>
            <numerusform>Dockscope — %n éléments de preuve</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <source>The finding&apos;s file is not in any loaded image.</source>
        <translation>Le fichier du constat ne figure dans aucune image chargée.</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Fichier d’affaire</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Affaire</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Ouvrir une affaire</translation>
    </message>
    <message>
        <source>Only one case can be open at a time; opening %1.</source>
        <translation>Une seule affaire peut être ouverte à la fois ; ouverture de %1.</translation>
    </message>
    <message>
        <source>The case is busy hashing evidence; add the new items when it has finished.</source>
        <translation>L’affaire calcule les empreintes des preuves ; ajoutez les nouveaux éléments une fois ce calcul terminé.</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Affaire %1</translation>
    </message>
    <message>
        <source>AUDIT LOG CHAIN BROKEN at entry %1</source>
        <translation>CHAÎNE DU JOURNAL D’AUDIT ROMPUE à l’entrée %1</translation>
    </message>
    <message>
        <source>Dockscope — Case %1 (%2)</source>
        <translation>Dockscope — Affaire %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation>&amp;Nouvelle affaire…</translation>
    </message>
    <message>
        <source>Create a case file that keeps the evidence hashes, notes, tags and an audit log; the open evidence is taken into it</source>
        <translation>Créer un fichier d’affaire qui conserve les empreintes des preuves, les notes, les marques et un journal d’audit ; les preuves ouvertes y sont ajoutées</translation>
    </message>
    <message>
        <source>Open &amp;Case…</source>
        <translation>Ouvrir une &amp;affaire…</translation>
    </message>
    <message>
        <source>&amp;Save Case</source>
        <translation>&amp;Enregistrer l’affaire</translation>
    </message>
    <message>
        <source>Without a case: create one from the open evidence. With a case: record the current analysis (everything else is saved as it happens)</source>
        <translation>Sans affaire : en créer une à partir des preuves ouvertes. Avec une affaire : enregistrer l’analyse en cours (tout le reste est enregistré au fur et à mesure)</translation>
    </message>
    <message>
        <source>Close Case</source>
        <translation>Fermer l’affaire</translation>
    </message>
    <message>
        <source>Case &amp;Properties…</source>
        <translation>&amp;Propriétés de l’affaire…</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>Ajouter une &amp;note…</translation>
    </message>
    <message>
        <source>&amp;Verify Evidence Hashes</source>
        <translation>&amp;Vérifier les empreintes des preuves</translation>
    </message>
    <message>
        <source>Export Report as &amp;PDF…</source>
        <translation>Exporter le rapport en &amp;PDF…</translation>
    </message>
    <message>
        <source>Export Report as &amp;HTML…</source>
        <translation>Exporter le rapport en &amp;HTML…</translation>
    </message>
    <message>
        <source>Tag Finding…</source>
        <translation>Marquer le constat…</translation>
    </message>
    <message>
        <source>Bookmark Finding</source>
        <translation>Signet sur le constat</translation>
    </message>
    <message>
        <source>Add Note to Finding…</source>
        <translation>Ajouter une note au constat…</translation>
    </message>
    <message>
        <source>Tag File…</source>
        <translation>Marquer le fichier…</translation>
    </message>
    <message>
        <source>Bookmark File</source>
        <translation>Signet sur le fichier</translation>
    </message>
    <message>
        <source>Add Note to File…</source>
        <translation>Ajouter une note au fichier…</translation>
    </message>
    <message>
        <source>New case file</source>
        <translation>Nouveau fichier d’affaire</translation>
    </message>
    <message>
        <source>Dockscope case (*.dscase)</source>
        <translation>Affaire Dockscope (*.dscase)</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nouvelle affaire</translation>
    </message>
    <message>
        <source>Wait for the running work to finish, or cancel it.</source>
        <translation>Attendez la fin du travail en cours ou annulez-le.</translation>
    </message>
    <message>
        <source>The case file %1 could not be created: %2</source>
        <translation>Le fichier d’affaire %1 n’a pas pu être créé : %2</translation>
    </message>
    <message>
        <source>Case %1 created: %2</source>
        <translation>Affaire %1 créée : %2</translation>
    </message>
    <message>
        <source>Dockscope case (*.dscase);;All files (*)</source>
        <translation>Affaire Dockscope (*.dscase);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 could not be opened as a case: %2</source>
        <translation>%1 n’a pas pu être ouvert comme affaire : %2</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>The audit log of this case is broken at entry %1: %2
The case file was changed outside Dockscope.</source>
        <translation>Le journal d’audit de cette affaire est rompu à l’entrée %1 : %2
Le fichier d’affaire a été modifié en dehors de Dockscope.</translation>
    </message>
    <message>
        <source>The case is saved: every change is written to %1 as it is made.</source>
        <translation>L’affaire est enregistrée : chaque modification est écrite dans %1 dès qu’elle est faite.</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Note on the case:</source>
        <translation>Note sur l’affaire :</translation>
    </message>
    <message>
        <source>Note on %1:</source>
        <translation>Note sur %1 :</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1 : %2 %3</translation>
    </message>
    <message>
        <source>Evidence verification failed</source>
        <translation>Échec de la vérification des preuves</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s) no longer match the hashes taken at intake. This is recorded in the case&apos;s audit log for good and shown in every report.</source>
        <translation>
            <numerusform>%n élément de preuve ne correspond plus aux empreintes prises à l’ajout. C’est consigné définitivement dans le journal d’audit de l’affaire et figure dans chaque rapport.</numerusform>
            <numerusform>%n éléments de preuve ne correspondent plus aux empreintes prises à l’ajout. C’est consigné définitivement dans le journal d’audit de l’affaire et figure dans chaque rapport.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every evidence item matches its intake hashes.</source>
        <translation>Chaque élément de preuve correspond à ses empreintes d’ajout.</translation>
    </message>
    <message>
        <source>Verification cancelled; it is recorded in the audit log.</source>
        <translation>Vérification annulée ; c’est consigné dans le journal d’audit.</translation>
    </message>
    <message>
        <source>These items were not added to the case:</source>
        <translation>Ces éléments n’ont pas été ajoutés à l’affaire :</translation>
    </message>
    <message>
        <source>Intake cancelled.</source>
        <translation>Ajout annulé.</translation>
    </message>
    <message>
        <source>Case %1 report</source>
        <translation>Rapport affaire %1</translation>
    </message>
    <message>
        <source>Dockscope report</source>
        <translation>Rapport Dockscope</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>Exporter le rapport en PDF</translation>
    </message>
    <message>
        <source>Export report as HTML</source>
        <translation>Exporter le rapport en HTML</translation>
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
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>A report is being written already.</source>
        <translation>Un rapport est déjà en cours d’écriture.</translation>
    </message>
    <message>
        <source>The case is busy hashing evidence; export the report when it has finished.</source>
        <translation>L’affaire calcule les empreintes des preuves ; exportez le rapport une fois ce calcul terminé.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <source>Report %1 written to %2 (SHA-256 %3)</source>
        <translation>Rapport %1 écrit dans %2 (SHA-256 %3)</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>Le rapport n’a pas pu être écrit dans %1 : %2</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <source>Ac&amp;quire from Docker Host…</source>
        <translation>Acq&amp;uérir depuis un hôte Docker…</translation>
    </message>
    <message>
        <source>Tag Check…</source>
        <translation>Marquer le contrôle…</translation>
    </message>
    <message>
        <source>Bookmark Check</source>
        <translation>Signet sur le contrôle</translation>
    </message>
    <message>
        <source>Add Note to Check…</source>
        <translation>Ajouter une note au contrôle…</translation>
    </message>
    <message>
        <source>Tag Event…</source>
        <translation>Marquer l’événement…</translation>
    </message>
    <message>
        <source>Bookmark Event</source>
        <translation>Signet sur l’événement</translation>
    </message>
    <message>
        <source>Add Note to Event…</source>
        <translation>Ajouter une note à l’événement…</translation>
    </message>
    <message>
        <source>Tag This File…</source>
        <translation>Marquer ce fichier…</translation>
    </message>
    <message>
        <source>Bookmark This File</source>
        <translation>Signet sur ce fichier</translation>
    </message>
    <message>
        <source>Add Note to This File…</source>
        <translation>Ajouter une note à ce fichier…</translation>
    </message>
    <message>
        <source>Select something in an open case to tag it.</source>
        <translation>Sélectionnez un élément dans une affaire ouverte pour le marquer.</translation>
    </message>
    <message>
        <source>The finding&apos;s file is not in the evidence of its volume or mount.</source>
        <translation>Le fichier du constat n’est pas dans les éléments de preuve de son volume ou de son point de montage.</translation>
    </message>
</context>
<context>
    <name>dockscope::PackagesModel</name>
    <message>
        <source>container</source>
        <translation>conteneur</translation>
    </message>
    <message>
        <source>%1 %2
purl: %3
source: %4 %5
read from: %6
layer diff id: %7</source>
        <translation>%1 %2
purl&#xa0;: %3
source&#xa0;: %4 %5
lu depuis&#xa0;: %6
diff ID de la couche&#xa0;: %7</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <source>Read from</source>
        <translation>Lu depuis</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Vulnérabilités</translation>
    </message>
</context>
<context>
    <name>dockscope::PackagesView</name>
    <message>
        <source>Filter packages</source>
        <translation>Filtrer les paquets</translation>
    </message>
    <message>
        <source>Shows the packages whose name, version, type, image, layer or database contains this text (case-insensitive).</source>
        <translation>Affiche les paquets dont le nom, la version, le type, l’image, la couche ou la base de données contient ce texte (sans distinction de casse).</translation>
    </message>
    <message>
        <source>No image analysed yet: the packages each layer installed (dpkg, apk, rpm, Python, npm, Go, Java) are listed here.</source>
        <translation>Aucune image analysée pour l’instant&#xa0;: les paquets installés par chaque couche (dpkg, apk, rpm, Python, npm, Go, Java) sont listés ici.</translation>
    </message>
    <message>
        <source>No packages: no package database or manifest was found in the images&apos; file systems.</source>
        <translation>Aucun paquet&#xa0;: aucune base de paquets ni aucun manifeste n’a été trouvé dans les systèmes de fichiers des images.</translation>
    </message>
</context>
<context>
    <name>dockscope::ReportPreview</name>
    <message>
        <source>No report: open evidence to see a preview of the HTML report with its evidence hashes, layers, efficiency, integrity, findings and warnings.</source>
        <translation>Aucun rapport&#xa0;: ouvrez des preuves pour afficher un aperçu du rapport HTML avec les empreintes des preuves, les couches, l’efficacité, l’intégrité, les constats et les avertissements.</translation>
    </message>
    <message>
        <source>Tagged findings only</source>
        <translation>Constats marqués uniquement</translation>
    </message>
    <message>
        <source>All findings</source>
        <translation>Tous les constats</translation>
    </message>
    <message>
        <source>Low and above</source>
        <translation>Faible et au-delà</translation>
    </message>
    <message>
        <source>Medium and above</source>
        <translation>Moyenne et au-delà</translation>
    </message>
    <message>
        <source>High and above</source>
        <translation>Élevée et au-delà</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Critique uniquement</translation>
    </message>
    <message>
        <source>Only findings the examiner tagged or bookmarked in the case</source>
        <translation>Uniquement les constats marqués ou munis d’un signet dans l’affaire</translation>
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
        <translation>Format de page du rapport PDF</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Export HTML…</source>
        <translation>Exporter en HTML…</translation>
    </message>
</context>
<context>
    <name>dockscope::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>YARA rule folder</source>
        <translation>Dossier de règles YARA</translation>
    </message>
    <message>
        <source>Extra YARA rule folders:</source>
        <translation>Dossiers de règles YARA supplémentaires&#xa0;:</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <source>Files larger than this are not scanned for content rules</source>
        <translation>Les fichiers plus volumineux ne sont pas analysés par les règles de contenu</translation>
    </message>
    <message>
        <source>Maximum content-scan size:</source>
        <translation>Taille maximale d’analyse du contenu&#xa0;:</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Heure locale</translation>
    </message>
    <message>
        <source>Show times in:</source>
        <translation>Afficher les heures en&#xa0;:</translation>
    </message>
    <message>
        <source>Asked on the first export</source>
        <translation>Demandé lors du premier export</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Dossier d’export</translation>
    </message>
    <message>
        <source>Export folder:</source>
        <translation>Dossier d’export&#xa0;:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Takes effect when Dockscope starts again</source>
        <translation>Prend effet au prochain démarrage de Dockscope</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>None: only imported Trivy and Grype reports</source>
        <translation>Aucun&#xa0;: seulement les rapports Trivy et Grype importés</translation>
    </message>
    <message>
        <source>A folder of OSV vulnerability files (*.json) to match the packages of each image against, offline</source>
        <translation>Un dossier de fichiers de vulnérabilités OSV (*.json) auxquels confronter les paquets de chaque image, hors ligne</translation>
    </message>
    <message>
        <source>Vulnerability database folder:</source>
        <translation>Dossier de la base de vulnérabilités&#xa0;:</translation>
    </message>
    <message>
        <source>Vulnerability database folder</source>
        <translation>Dossier de la base de vulnérabilités</translation>
    </message>
</context>
<context>
    <name>dockscope::TagDialog</name>
    <message>
        <source>Bookmark</source>
        <translation>Signet</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Why this matters (goes into the case and the report)</source>
        <translation>Pourquoi c’est important (figure dans l’affaire et dans le rapport)</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Objet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Tag&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Commentaire&#xa0;:</translation>
    </message>
</context>
<context>
    <name>dockscope::TimelineModel</name>
    <message>
        <source>Path: %1</source>
        <translation>Chemin&#xa0;: %1</translation>
    </message>
    <message>
        <source>Layer: %1</source>
        <translation>Couche&#xa0;: %1</translation>
    </message>
    <message>
        <source>Evidence file: %1</source>
        <translation>Fichier de preuve&#xa0;: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horodatage</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
</context>
<context>
    <name>dockscope::TimelineView</name>
    <message>
        <source>Filter events</source>
        <translation>Filtrer les événements</translation>
    </message>
    <message>
        <source>Shows the events whose time, type, source, message or path contains this text (case-insensitive).</source>
        <translation>Affiche les événements dont l’horodatage, le type, la source, le message ou le chemin contient ce texte (sans distinction de casse).</translation>
    </message>
    <message>
        <source>Shows only events from this source</source>
        <translation>Affiche uniquement les événements de cette source</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <source>No timeline events: the times of image history, layers, containers and logs arrive with the timeline engine.</source>
        <translation>Aucun événement chronologique&#xa0;: les horodatages de l’historique des images, des couches, des conteneurs et des journaux arriveront avec le moteur de chronologie.</translation>
    </message>
    <message>
        <source>Shows only events of this type</source>
        <translation>N’affiche que les événements de ce type</translation>
    </message>
    <message>
        <source>All event types</source>
        <translation>Tous les types d’événement</translation>
    </message>
</context>
<context>
    <name>dockscope::WarningsModel</name>
    <message>
        <source>Evidence: %1</source>
        <translation>Preuve&#xa0;: %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Emplacement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Offset: %1 (0x%2)</source>
        <translation>Offset&#xa0;: %1 (0x%2)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
</context>
<context>
    <name>dockscope::WarningsView</name>
    <message>
        <source>Filter warnings</source>
        <translation>Filtrer les avertissements</translation>
    </message>
    <message>
        <source>Shows the warnings whose evidence, place or message contains this text (case-insensitive).</source>
        <translation>Affiche les avertissements dont la preuve, l’emplacement ou le message contient ce texte (sans distinction de casse).</translation>
    </message>
    <message>
        <source>Shows only problems of this severity</source>
        <translation>Affiche uniquement les problèmes de cette gravité</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Toutes les gravités</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation>Erreurs et avertissements</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>No evidence analysed yet: problems met while reading evidence (broken archives, digests that do not match, unreadable members) are listed here.</source>
        <translation>Aucune preuve analysée pour l’instant&#xa0;: les problèmes rencontrés à la lecture des preuves (archives endommagées, empreintes qui ne correspondent pas, membres illisibles) sont listés ici.</translation>
    </message>
    <message>
        <source>No warnings so far: the analysis was cancelled before all evidence was read.</source>
        <translation>Aucun avertissement pour l’instant&#xa0;: l’analyse a été annulée avant la lecture de toutes les preuves.</translation>
    </message>
    <message>
        <source>No warnings: every evidence item was read without problems.</source>
        <translation>Aucun avertissement&#xa0;: tous les éléments de preuve ont été lus sans problème.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Forensic workbench for Docker images and containers.</source>
        <translation>Atelier d’analyse forensique pour images et conteneurs Docker.</translation>
    </message>
    <message>
        <source>Interface language (en, de, fr).</source>
        <translation>Langue de l’interface (en, de, fr).</translation>
    </message>
    <message>
        <source>A case file, evidence files or folders to open.</source>
        <translation>Un fichier d’affaire, des fichiers ou dossiers de preuves à ouvrir.</translation>
    </message>
</context>
</TS>
