#pragma once

#include <QString>

namespace dockscope {

// Version ordering of each package ecosystem, as its own tools define it. Every function
// returns < 0, 0 or > 0 like strcmp. Malformed versions never crash; they compare by the
// same rules as far as the rules go (an invalid apk token ends the comparison, as in apk-tools).
namespace VersionCompare {

// deb-version(7) and dpkg's verrevcmp: [epoch:]upstream[-revision]; '~' sorts before
// everything, even the end; letters before non-letters; digit runs numerically.
int debian(const QString &a, const QString &b);
// apk-tools src/version.c: digits, one letter, suffixes _alpha _beta _pre _rc < none <
// _cvs _svn _git _hg _p (each with an optional number), ~commit-hash, -rN revision; digits with
// a leading zero and commit hashes compare as strings; an invalid tail sorts lowest.
int apk(const QString &a, const QString &b);
// rpm's rpmvercmp on [epoch:]version[-release]: '~' before everything, '^' after the end but
// before anything else, alphanumeric segments, digits beat letters.
int rpm(const QString &a, const QString &b);
// Semantic Versioning 2.0.0 §11, lenient: a leading 'v', missing minor/patch (0), build
// metadata ignored; a non-semver tail is compared as a pre-release identifier list.
int semver(const QString &a, const QString &b);
// PEP 440: [N!]N(.N)*[{a|b|rc}N][.postN][.devN][+local], with the spelling normalisation.
int pep440(const QString &a, const QString &b);
// Maven ComparableVersion, simplified: numeric and qualifier items; alpha < beta <
// milestone < rc < snapshot < release < sp; unknown qualifiers after sp, lexically.
int maven(const QString &a, const QString &b);

// By Package::ecosystem: deb, apk, rpm, pypi, npm, golang, maven (semver for anything else).
int compare(const QString &ecosystem, const QString &a, const QString &b);

} // namespace VersionCompare

} // namespace dockscope
