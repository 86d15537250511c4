#pragma once

class QTextDocument;

namespace dockscope {

// Page-flow rules a paginated QTextDocument does not know: it lays a heading out wherever it
// falls, also as the last line of a page with its table on the next, and splits a table after
// its first row (a finding's title, a header).
class PageFlow
{
public:
    // Moves to the next page every heading, and every top-level table's first row, that ends
    // within `reserve` (device units) of a page's bottom margin; a heading right above such a
    // table goes with it. The document's page size must be set; headings are the blocks of
    // <h1>…<h6>. Returns how many were moved.
    static int keepHeadingsWithNext(QTextDocument &doc, double bottomMargin, double reserve);
};

} // namespace dockscope
