#include "layersview.h"

#include "changeicons.h"
#include "filetreefilterproxy.h"
#include "inefficientfilesmodel.h"
#include "layerlistmodel.h"
#include "roles.h"
#include "util/format.h"
#include "util/membername.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace dockscope {

LayersView::LayersView(QWidget *parent)
    : QWidget(parent)
    , m_layers(new LayerListModel(this))
    , m_inefficient(new InefficientFilesModel(this))
    , m_inefficientProxy(new QSortFilterProxyModel(this))
    , m_debounce(new QTimer(this))
    , m_files(new FileTreeModel(this))
    , m_proxy(new FileTreeFilterProxy(this))
{
    m_proxy->setSourceModel(m_files);
    m_inefficientProxy->setSourceModel(m_inefficient);
    m_inefficientProxy->setSortRole(SortRole);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &LayersView::applyFilter);
    buildUi();
}

LayersView::~LayersView() = default;

void LayersView::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    auto *imageRow = new QHBoxLayout;
    imageRow->addWidget(new QLabel(tr("Image:"), this));
    m_imageBox = new QComboBox(this);
    m_imageBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_imageBox->setMinimumContentsLength(30);
    imageRow->addWidget(m_imageBox, 1);
    layout->addLayout(imageRow);
    connect(m_imageBox, &QComboBox::currentIndexChanged, this, [this](int i) { selectImage(i); });

    auto *split = new QSplitter(Qt::Vertical, this);
    layout->addWidget(split, 1);

    // Top: the layer list beside the image details.
    auto *top = new QSplitter(Qt::Horizontal, split);
    m_layerView = new QTableView(top);
    m_layerView->setModel(m_layers);
    m_layerView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_layerView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_layerView->verticalHeader()->hide();
    m_layerView->horizontalHeader()->setStretchLastSection(true);
    m_layerView->setWordWrap(false);
    m_layerView->setAlternatingRowColors(true);
    m_layerView->verticalHeader()->setDefaultSectionSize(m_layerView->fontMetrics().height() + 6);
    for (int c = 0; c < LayerListModel::CommandColumn; ++c) {
        m_layerView->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    connect(m_layerView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LayersView::onLayerSelected);

    auto *detailsBox = new QWidget(top);
    auto *detailsLayout = new QVBoxLayout(detailsBox);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    m_details = new QLabel(detailsBox);
    m_details->setTextFormat(Qt::RichText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailsLayout->addWidget(m_details);
    m_inefficientView = new QTableView(detailsBox);
    m_inefficientView->setModel(m_inefficientProxy);
    m_inefficientView->setSortingEnabled(true);
    m_inefficientView->sortByColumn(InefficientFilesModel::WastedColumn, Qt::DescendingOrder);
    m_inefficientView->verticalHeader()->hide();
    m_inefficientView->horizontalHeader()->setStretchLastSection(true);
    m_inefficientView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_inefficientView->verticalHeader()->setDefaultSectionSize(m_inefficientView->fontMetrics().height() + 6);
    m_inefficientView->horizontalHeader()->setSectionResizeMode(InefficientFilesModel::CountColumn, QHeaderView::ResizeToContents);
    m_inefficientView->horizontalHeader()->setSectionResizeMode(InefficientFilesModel::WastedColumn, QHeaderView::ResizeToContents);
    detailsLayout->addWidget(m_inefficientView, 1);
    connect(m_inefficientView, &QTableView::activated, this, [this](const QModelIndex &index) {
        selectPath(m_image, index.data(PathRole).toString());
    });
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    m_details->setMinimumWidth(260);

    // Bottom: the file tree with its mode, kind toggles and filter.
    auto *bottom = new QWidget(split);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    auto *filterBar = new QHBoxLayout;
    m_modeBox = new QComboBox(bottom);
    m_modeBox->addItem(tr("Everything up to this layer"), int(FileTreeModel::Mode::Aggregated));
    m_modeBox->addItem(tr("Only this layer's changes"), int(FileTreeModel::Mode::LayerChanges));
    m_modeBox->setToolTip(tr("Aggregated: the file system after layers 0…i. Layer changes: what "
                             "layer i added, modified and removed (Ctrl+L toggles)."));
    connect(m_modeBox, &QComboBox::currentIndexChanged, this, [this] {
        setMode(FileTreeModel::Mode(m_modeBox->currentData().toInt()));
    });
    bar->addWidget(m_modeBox);
    const FileTreeModel::ChangeKind kinds[] = {FileTreeModel::ChangeKind::Added,
                                                FileTreeModel::ChangeKind::Modified,
                                                FileTreeModel::ChangeKind::Removed,
                                                FileTreeModel::ChangeKind::Unmodified};
    for (int i = 0; i < 4; ++i) {
        auto *b = new QToolButton(bottom);
        const FileTreeModel::ChangeKind kind = kinds[i];
        b->setCheckable(true);
        b->setChecked(true);
        b->setIcon(ChangeIcons::icon(kind, false));
        b->setText(FileTreeModel::kindName(kind));
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setToolTip(tr("Show or hide %1 entries").arg(FileTreeModel::kindName(kind)));
        connect(b, &QToolButton::toggled, this, [this, kind](bool on) { m_proxy->setKindVisible(kind, on); });
        m_kindButtons[i] = b;
        bar->addWidget(b);
    }
    m_filter = new QLineEdit(bottom);
    m_filter->setPlaceholderText(tr("Filter by name: *.conf, id_rsa*  (or a regular expression on the path)"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    filterBar->addWidget(m_filter, 1);
    m_regex = new QCheckBox(tr("Regex"), bottom);
    m_regex->setToolTip(tr("Match a regular expression against the whole path instead of "
                           "wildcards against the name"));
    connect(m_regex, &QCheckBox::toggled, this, &LayersView::applyFilter);
    filterBar->addWidget(m_regex);
    m_writerButton = new QToolButton(bottom);
    m_writerButton->setText(tr("Go to writer"));
    m_writerButton->setToolTip(tr("Go to the layer that last wrote the selected path"));
    connect(m_writerButton, &QToolButton::clicked, this, &LayersView::goToWriterLayer);
    bar->addStretch();
    bar->addWidget(m_writerButton);
    bottomLayout->addLayout(bar);
    bottomLayout->addLayout(filterBar);

    m_tree = new QTreeView(bottom);
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true); // lazy model, 300 000 rows: no per-row measuring
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(FileTreeModel::NameColumn, Qt::AscendingOrder);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->header()->resizeSection(FileTreeModel::NameColumn, 340);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LayersView::onFileSelected);
    bottomLayout->addWidget(m_tree, 1);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    updateDetails();
}

void LayersView::setAnalysis(const Analysis &analysis)
{
    m_analysis = std::make_shared<const Analysis>(analysis);
    const QSignalBlocker block(m_imageBox);
    m_imageBox->clear();
    for (const Image &image : m_analysis->images) {
        QString name = image.repoTags.isEmpty()
            ? (image.kind == u"container-export" ? tr("container file system") : image.id.left(19))
            : image.repoTags.join(QStringLiteral(", "));
        m_imageBox->addItem(QStringLiteral("%1  —  %2").arg(name, image.evidence));
    }
    m_image = -1;
    if (m_analysis->images.empty()) {
        m_layers->setImage(nullptr);
        m_files->setTree(nullptr, 0, m_files->mode());
        m_inefficient->setEfficiency({});
        updateDetails();
        return;
    }
    selectImage(0);
}

void LayersView::selectImage(int image)
{
    if (!m_analysis || image < 0 || image >= int(m_analysis->images.size())) {
        return;
    }
    if (image != m_image) {
        m_image = image;
        const QSignalBlocker block(m_imageBox);
        m_imageBox->setCurrentIndex(image);
        const Image &img = m_analysis->images[std::size_t(image)];
        m_layers->setImage(&img);
        m_inefficient->setEfficiency(img.efficiency);
        const int last = int(img.layers.size()) - 1;
        m_files->setTree(img.tree, std::max(last, 0), m_files->mode());
        if (last >= 0) {
            m_layerView->selectRow(last);
        }
        updateDetails();
        Q_EMIT imageChanged(image);
    }
}

int LayersView::currentLayer() const
{
    return m_files->layer();
}

void LayersView::onLayerSelected()
{
    const QModelIndex current = m_layerView->currentIndex();
    if (current.isValid()) {
        m_files->setLayer(current.row());
    }
}

void LayersView::setMode(FileTreeModel::Mode mode)
{
    m_files->setMode(mode);
    const QSignalBlocker block(m_modeBox);
    m_modeBox->setCurrentIndex(m_modeBox->findData(int(mode)));
}

void LayersView::applyFilter()
{
    m_debounce->stop();
    m_proxy->setPattern(m_filter->text(), m_regex->isChecked());
    m_filter->setStyleSheet(m_proxy->patternIsValid() ? QString()
                                                      : QStringLiteral("color: #c01c28"));
    m_filter->setToolTip(m_proxy->patternIsValid() ? QString() : tr("Invalid regular expression"));
    if (!m_filter->text().isEmpty() && m_proxy->rowCount() < 200) {
        m_tree->expandAll(); // few matches: show them all
    }
}

void LayersView::setFilter(const QString &pattern, bool regex)
{
    const QSignalBlocker a(m_filter);
    const QSignalBlocker b(m_regex);
    m_filter->setText(pattern);
    m_regex->setChecked(regex);
    applyFilter();
}

void LayersView::updateDetails()
{
    if (!m_analysis || m_image < 0) {
        m_details->setText(tr("<i>No image. Add evidence with File ▸ Add Evidence, or drop files "
                              "and folders on the window.</i>"));
        return;
    }
    const Image &img = m_analysis->images[std::size_t(m_image)];
    const Efficiency &e = img.efficiency;
    int failed = 0;
    for (const IntegrityCheck &c : img.integrity) {
        failed += c.ok ? 0 : 1;
    }
    const QString integrity = img.integrity.empty()
        ? tr("nothing declares digests")
        : (failed == 0 ? tr("<span style='color:#1b8a3a'>all %1 checks passed</span>").arg(img.integrity.size())
                       : tr("<span style='color:#c01c28'><b>%1 of %2 checks failed</b></span>")
                             .arg(failed)
                             .arg(img.integrity.size()));
    QString html = QStringLiteral("<table cellspacing='2'>");
    auto row = [&html](const QString &k, const QString &v) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(k.toHtmlEscaped(), v);
    };
    row(tr("Image id"), img.id.isEmpty() ? tr("(none)") : img.id.toHtmlEscaped());
    row(tr("Platform"), img.platform.toHtmlEscaped());
    row(tr("Efficiency"), QStringLiteral("%1 %").arg(e.score * 100.0, 0, 'f', 2));
    row(tr("Image size"), humanBytes(e.sizeBytes));
    row(tr("Wasted (dive)"), humanBytes(e.wastedBytes));
    row(tr("User wasted (dive)"),
        e.userWastedPercent ? QStringLiteral("%1 %").arg(*e.userWastedPercent * 100.0, 0, 'f', 2)
                            : tr("n/a"));
    row(tr("Truly wasted"), humanBytes(e.trulyWastedBytes));
    row(tr("Integrity"), integrity);
    html += QStringLiteral("</table>");
    m_details->setText(html);
}

QString LayersView::currentFilePath() const
{
    const QModelIndex current = m_tree->currentIndex();
    return current.isValid() ? current.data(PathRole).toString() : QString();
}

QString LayersView::currentScope() const
{
    if (!m_analysis || m_image < 0) {
        return {};
    }
    const Image &img = m_analysis->images[std::size_t(m_image)];
    return img.id.isEmpty() ? QStringLiteral("evidence:") + img.evidence : QStringLiteral("image:") + img.id;
}

FileLocation LayersView::locationOf(std::uint32_t node) const
{
    FileLocation loc;
    if (!m_analysis || m_image < 0) {
        return loc;
    }
    const Image &img = m_analysis->images[std::size_t(m_image)];
    const LayerEntry *entry = m_files->entryAtLayer(node);
    const int writer = m_files->lastWriter(node);
    if (!entry || writer < 0) {
        return loc;
    }
    loc.store = img.store;
    loc.evidence = img.evidence;
    loc.imageId = img.id;
    loc.layer = writer;
    loc.layerMember = img.layers[std::size_t(writer)].member;
    loc.entry = *entry;
    if (entry->type == EntryType::Hardlink && !entry->sha256.valid) {
        // The bytes live with the link's target, written by a lower layer.
        const std::uint32_t target = img.tree->find(entry->linkTarget);
        const int targetWriter = target == FileTree::NoNode ? -1 : m_files->lastWriter(target);
        if (targetWriter >= 0) {
            loc.contentMember = img.layers[std::size_t(targetWriter)].member;
            loc.contentPath = entry->linkTarget;
            loc.entry.sha256 = img.tree->sha256(m_files->tree()->find(entry->path));
        }
    }
    return loc;
}

void LayersView::onFileSelected()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const auto node = std::uint32_t(current.data(NodeRole).toUInt());
    FileLocation loc = locationOf(node);
    loc.highlightLine = std::exchange(m_pendingLine, -1);
    m_writerButton->setEnabled(m_files->lastWriter(node) >= 0);
    if (loc.isValid()) {
        Q_EMIT fileSelected(loc);
    }
}

void LayersView::revealNode(std::uint32_t node)
{
    const QModelIndex index = m_proxy->mapFromSource(m_files->indexOfNode(node));
    if (!index.isValid()) {
        return;
    }
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent()) {
        m_tree->expand(p);
    }
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void LayersView::goToWriterLayer()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const auto node = std::uint32_t(current.data(NodeRole).toUInt());
    const int writer = m_files->lastWriter(node);
    if (writer < 0) {
        return;
    }
    m_layerView->selectRow(writer);
    revealNode(node);
}

bool LayersView::selectPath(int image, const QString &path, int layer, qint64 line)
{
    m_pendingLine = line;
    selectImage(image);
    if (!m_analysis || m_image < 0) {
        return false;
    }
    const Image &img = m_analysis->images[std::size_t(m_image)];
    const std::uint32_t node = img.tree->find(path.toStdString());
    if (node == FileTree::NoNode) {
        return false;
    }
    int target = layer;
    if (target < 0 || target >= int(img.layers.size())) {
        target = img.tree->node(node).layer >= 0 ? img.tree->node(node).layer
                                                 : int(img.layers.size()) - 1;
    }
    m_layerView->selectRow(target);
    m_files->setLayer(target);
    if (!m_files->included(node)) {
        setMode(FileTreeModel::Mode::Aggregated);
    }
    if (!m_proxy->mapFromSource(m_files->indexOfNode(node)).isValid()) {
        setFilter(QString(), false); // the filter hides it: clear the filter
    }
    if (m_tree->currentIndex().isValid()
        && FileTreeModel::nodeOf(m_proxy->mapToSource(m_tree->currentIndex())) == node) {
        onFileSelected(); // already current: show it again (with the line)
    } else {
        revealNode(node);
    }
    m_pendingLine = -1;
    return m_tree->currentIndex().isValid();
}

} // namespace dockscope
