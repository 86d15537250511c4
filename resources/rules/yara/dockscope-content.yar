/*
 * Dockscope's bundled content rules: FC-01 … FC-10 of the detection catalogue
 * (resources/rules/catalogue.json, docs/DETECTIONS.md), written for Dockscope from the
 * indicator descriptions of that catalogue. They are the project's own work, under the
 * project's licence; no third-party rule text is copied here.
 *
 * Every rule names its catalogue ID in `meta: id`; `meta: severity` overrides the catalogue's
 * default where a rule is weaker or stronger than its family. Tags name the family, so the
 * same rules also classify short texts (commands, environment values, log requests):
 *   revshell, miner, webshell, escape, dropper, history, harvest, rootkit, packed.
 *
 * Externals the scanner defines for every file:
 *   filepath  the path inside the image or container, without a leading '/'
 *   filename  its last component
 *   filetype  elf | script | php | text | archive | binary (from the content's first bytes)
 *   text_input  true when a short text (a command, a value, a log line) is scanned, not a file
 *
 * Every rule here needs some fixed text to match: its condition cannot hold without one of its
 * strings, and each string holds literal text (for a regular expression, in every match). From
 * that Dockscope derives the literals a file must contain before this file is run on it
 * (core/rules/yaragate.h); tst_prefilter fails when a rule has none. A check that needs no text
 * (an ELF under a text or image name, FC-10) is code, in core/rules/contentrules.cpp.
 */

// ---------------------------------------------------------------- FC-01 reverse shells

rule DS_RevShell_DevTcp : revshell
{
    meta:
        id = "FC-01"
        title = "shell redirected to /dev/tcp or /dev/udp"
    strings:
        $dev = /\/dev\/(tcp|udp)\/[A-Za-z0-9_.\-]{1,253}\/[0-9]{1,5}/
    condition:
        not (filetype == "elf") and
        $dev
}

rule DS_RevShell_Netcat_Exec : revshell
{
    meta:
        id = "FC-01"
        title = "netcat told to run a shell for the connection"
    strings:
        $e1 = /\bn(et)?c(at)?(\.[a-z]+)? [^\n;|]{0,80}-[ec] ?\/?[a-z\/]{0,20}\/?(ba|z|da)?sh\b/
        $e2 = /\bncat\b[^\n]{0,80}--(sh-)?exec/
        $e3 = "--lua-exec"
    condition:
        not (filetype == "elf") and
        any of them
}

rule DS_RevShell_Fifo_Relay : revshell
{
    meta:
        id = "FC-01"
        title = "named pipe relaying a shell over the network"
    strings:
        $fifo = /(mkfifo|mknod [^\n ]{1,100} p)[^\n]{0,200}\b(nc|ncat|telnet|openssl s_client)\b/
        $telnet = /telnet [^\n|]{1,100} [0-9]{1,5} ?\| ?\/bin\/(ba)?sh ?\| ?telnet/
    condition:
        not (filetype == "elf") and
        any of them
}

rule DS_RevShell_Scripting : revshell
{
    meta:
        id = "FC-01"
        title = "scripting-language reverse shell (python, perl, php, ruby, node)"
    strings:
        $py1 = /python[23]?(\.[0-9]+)? -c ['"][^'"\n]{0,400}import[^'"\n]{0,400}socket/
        $py2 = /os\.dup2\( ?[a-z_]{1,20}\.fileno\(\)/
        $py3 = "pty.spawn(\"/bin/"
        $py4 = "pty.spawn('/bin/"
        $pl = /perl (-MIO[^ ]{0,20} )?-e ['"][^'"\n]{0,300}(use Socket|IO::Socket::INET|socket\(S, ?PF_INET)/
        $php = /php -r ['"][^'"\n]{0,300}fsockopen\(/
        $fds = /\/bin\/(ba)?sh -i ?<&[0-9] ?>&[0-9] ?2>&[0-9]/
        $rb1 = "ruby -rsocket -e"
        $rb2 = /TCPSocket\.(new|open)\([^\n]{0,200}exec/
        $js = /require\(['"]child_process['"]\)[^\n]{0,300}net\.Socket/
    condition:
        not (filetype == "elf") and
        any of them
}

rule DS_RevShell_Socat_Awk_Openssl : revshell
{
    meta:
        id = "FC-01"
        title = "socat, awk or openssl reverse shell"
    strings:
        $socat = /socat [^\n]{0,200}\b(exec|system):[^\n]{0,60}sh/ nocase
        $awk = /\/inet\/(tcp|udp)\/[0-9]{1,5}\/[A-Za-z0-9_.\-]{1,253}\/[0-9]{1,5}/
        $ssl = /openssl s_client [^\n]{0,200}-connect [A-Za-z0-9_.\-]{1,253}:[0-9]{1,5}[^\n]{0,200}\| ?\/bin\/(ba)?sh/
        $xterm = /xterm -display [A-Za-z0-9_.\-]{1,253}:[0-9]/
    condition:
        not (filetype == "elf") and
        any of them
}

rule DS_RevShell_Encoded : revshell
{
    meta:
        id = "FC-01"
        title = "base64-encoded /dev/tcp reverse shell"
    strings:
        // "/dev/tcp/" base64-encoded at each of the three alignments
        $b1 = "L2Rldi90Y3Av"
        $b2 = "9kZXYvdGNwL"
        $b3 = "vZGV2L3RjcC"
        $dec = /base64 (-d|--decode)/
    condition:
        not (filetype == "elf") and
        any of ($b*) and $dec
}

// ---------------------------------------------------------------- FC-02 miners

rule DS_Miner_Config : miner
{
    meta:
        id = "FC-02"
        title = "cryptominer configuration or command line"
    strings:
        $stratum = /stratum2?\+(tcp|ssl|tls):\/\// nocase
        $donate1 = "--donate-level" nocase
        $donate2 = /"donate-level" ?: ?[0-9]/
        $algo = /--algo[= ](rx\/0|cn\/r|randomx)/ nocase
        $pools = /"pools" ?: ?\[/
        $randomx = "\"randomx\"" nocase
        $rx0 = "\"rx/0\""
        $b64a = "c3RyYXR1bSt0Y3A6Ly"
        $b64b = "LS1kb25hdGUtbGV2ZWw9"
        $msr = /modprobe msr( [a-z_]{1,20}=on)?/
    condition:
        not (filetype == "elf") and
        ($stratum or $donate1 or $donate2 or $algo or any of ($b64*) or $msr
         or ($pools and ($randomx or $rx0)))
}

rule DS_Miner_Binary : miner
{
    meta:
        id = "FC-02"
        title = "XMRig or another cryptominer program"
    strings:
        $x1 = "XMRig" fullword
        $x2 = "xmrig.com"
        $x3 = "donate.v2.xmrig.com"
        $x4 = "cryptonight" nocase
        $x5 = "stratum+tcp://" nocase
        $x6 = "randomx" nocase fullword
        $x7 = "mining.subscribe"
        $x8 = "--donate-level"
    condition:
        uint32(0) == 0x464c457f and 3 of them
}

// ---------------------------------------------------------------- FC-03 webshells

rule DS_Webshell_PHP : webshell
{
    meta:
        id = "FC-03"
        title = "PHP code that runs request input"
    strings:
        $sink_in = /\b(eval|assert|system|exec|shell_exec|passthru|popen|proc_open|pcntl_exec|create_function|call_user_func(_array)?)\s*\(\s*[^;]{0,80}\$_(GET|POST|REQUEST|COOKIE|SERVER|FILES)\b/ nocase
        $tick = /`[^`]{0,40}\$_(GET|POST|REQUEST|COOKIE)/
        $obf = /\b(eval|assert)\s*\(\s*(@?\s*(base64_decode|gzinflate|gzuncompress|str_rot13|strrev|hex2bin|gzdecode)\s*\()/ nocase
        $pre = /preg_replace\s*\(\s*['"]\/[^'"]{0,100}\/e['"]/ nocase
        $input = "php://input"
    condition:
        any of ($sink_in, $tick, $obf, $pre) or ($input and filetype == "php" and filesize < 20KB)
}

rule DS_Webshell_CGI_Shell : webshell
{
    meta:
        id = "FC-03"
        title = "CGI script that runs its query string as a command"
    strings:
        $qs = "QUERY_STRING"
        $run1 = /\b(sh|bash) -c "?\$/
        $run2 = /\beval\s+"?\$/
        $run3 = /\|\s*(ba)?sh\b/
        $run4 = /\$\(\s*\$\{?QUERY_STRING/
    condition:
        filetype == "script" and $qs and any of ($run*) and filesize < 64KB
}

rule DS_Webshell_JSP_ASP : webshell
{
    meta:
        id = "FC-03"
        title = "JSP or ASP.NET code that runs request input"
    strings:
        $jexec = "Runtime.getRuntime().exec("
        $jpb = "new ProcessBuilder("
        $jparam = "request.getParameter("
        $jdef = "defineClass("
        $aproc = "Process.Start("
        $areq = /Request(\.Form|\.QueryString)?\[/
        $aeval = /eval\s*\(\s*Request/ nocase
    condition:
        (($jexec or $jpb or $jdef) and $jparam) or ($aproc and $areq) or $aeval
}

// ---------------------------------------------------------------- FC-04 escape tooling

rule DS_Escape_Tooling : escape
{
    meta:
        id = "FC-04"
        title = "container-escape tooling"
    strings:
        $ra = "release_agent"
        $nr = "notify_on_release"
        $cg = /mount [^\n]{0,40}-t cgroup/
        $cp1 = /\|[^\n]{0,200}> ?\/proc\/sys\/kernel\/core_pattern/
        $cp2 = /kernel\.core_pattern ?= ?['"]?\|/
        $ns = /nsenter [^\n]{0,40}(-t ?1\b|--target[= ]1\b)/
        $cc = "/containers/create"
        $binds = /"Binds" ?: ?\[ ?"\/:/
        $priv = /"Privileged" ?: ?true/
        $sock = /--unix-socket [^ \n]{0,100}(docker|containerd|podman)\.sock/
        $dh = /docker -H unix:\/\//
        $socat = /socat [^\n]{0,100}UNIX-CONNECT:[^ \n]{0,100}docker\.sock/
        $mnt = /mount [^\n]{0,20}\/dev\/(sd|nvme|vd|xvd|hd)[a-z0-9]{0,6}/
        $chroot = /\bchroot /
        $sysrq = "/proc/sysrq-trigger"
        $objm = /obj-m \+?=/
    condition:
        not (filetype == "elf") and
        (($ra and $nr) or ($ra and $cg) or any of ($cp*) or $ns or ($cc and ($binds or $priv))
         or $sock or $dh or $socat or ($mnt and $chroot) or $sysrq or $objm)
}

// ---------------------------------------------------------------- FC-05 droppers

rule DS_Dropper : dropper
{
    meta:
        id = "FC-05"
        title = "download-and-execute or decode-and-execute"
    strings:
        $dl = /\b(curl|wget)\b[^\n|;]{0,200}\|\s*(sudo )?(ba|da|z)?sh\b/
        $b64 = /base64 (-d|--decode|-di)[^\n]{0,100}\|\s*(ba|da|z)?sh\b/
        $chmod = /\b(curl|wget)\b[^\n]{0,200}(&&|;)\s*chmod \+?[x0-7]{1,4} [^\n;&]{1,100}(&&|;)\s*\.?\//
        $cd = /cd \/tmp ?\|\| ?cd \/var\/(run|tmp)/
    condition:
        not (filetype == "elf") and any of them
}

// ---------------------------------------------------------------- FC-06 shell history

rule DS_Shell_History : history
{
    meta:
        id = "FC-06"
        title = "shell history with reconnaissance, downloads, escape or history clearing"
    strings:
        $r1 = "whoami"
        $r2 = "uname -a"
        $r3 = "cat /etc/passwd"
        $r4 = "/proc/1/cgroup"
        $r5 = "/.dockerenv"
        $r6 = "capsh --print"
        $d1 = /(wget|curl) [^\n]{0,40}https?:\/\//
        $e1 = "nsenter"
        $e2 = "docker.sock"
        $c1 = "history -c"
        $c2 = "unset HISTFILE"
        $c3 = "HISTFILE=/dev/null"
        $k1 = ".aws/credentials"
        $k2 = "id_rsa"
    condition:
        filename matches /^\.(bash|ash|zsh|sh|ksh|python|mysql|psql|node_repl)_history$|^\.viminfo$/ and
        any of them
}

// ---------------------------------------------------------------- FC-08 credential harvesting

rule DS_Credential_Harvest : harvest
{
    meta:
        id = "FC-08"
        title = "credential harvesting or lateral movement"
    strings:
        $g = /(grep|find|egrep|rg)\b[^\n]{0,160}(aws_access_key_id|BEGIN \[?A-Z ?\]?\*? ?PRIVATE KEY|BEGIN [A-Z ]{0,20}PRIVATE KEY|id_rsa|\.aws\/credentials|\.docker\/config\.json|\.kube\/config)/
        $imds = "169.254.169.254"
        $kubelet = /:10250\/(pods|run|exec)/
        $sa = "/var/run/secrets/kubernetes.io/serviceaccount/token"
        $kh = /known_hosts[^\n]{0,200}\n?[^\n]{0,200}\bssh /
        $scan = /\b(masscan|zgrab|pnscan|zmap)\b[^\n]{0,200}\b(2375|2376|6379|10250)\b/
    condition:
        not (filetype == "elf") and filesize < 1MB and any of them
}

// ---------------------------------------------------------------- FC-09 process hiding

rule DS_Process_Hider : rootkit
{
    meta:
        id = "FC-09"
        title = "shared object hooking readdir to hide entries of /proc"
    strings:
        $rd = "readdir" fullword
        $rd64 = "readdir64" fullword
        $dlsym = "dlsym"
        $next = "RTLD_NEXT"
        $p1 = "/proc/self/fd/%d"
        $p2 = "/proc/%s/stat"
        $src = /struct dirent(64)? ?\* ?readdir(64)? ?\(/
    condition:
        ((uint32(0) == 0x464c457f and filesize < 200KB) or filetype == "text") and
        (($rd and $rd64 and ($dlsym or $next) and ($p1 or $p2)) or ($src and $dlsym))
}

// ---------------------------------------------------------------- FC-10 packed ELF

rule DS_Packed_ELF : packed
{
    meta:
        id = "FC-10"
        title = "UPX-packed ELF"
    strings:
        $upx1 = "UPX!"
        $upx2 = "$Info: This file is packed with the UPX"
    condition:
        uint32(0) == 0x464c457f and ($upx1 in (0..1024) or $upx2)
}
