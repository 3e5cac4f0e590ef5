import { NS } from './xml.js';
import { Package } from './package.js';
import { EMPTY_STYLES } from './styles.js';

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * A new package holding only a workbook part and a styles part (no sheet yet): what a CSV return, or a file that
 * cannot be patched, gets its list of problems in.
 */
export function emptyWorkbookPackage(): Package {
  const pkg = Package.empty();
  pkg.put(
    '[Content_Types].xml',
    `${DECL}<Types xmlns="${NS.contentTypes}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
  );
  pkg.put(
    '_rels/.rels',
    `${DECL}<Relationships xmlns="${NS.pkgRels}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  pkg.put('xl/workbook.xml', `${DECL}<workbook xmlns="${NS.main}" xmlns:r="${NS.rel}"><bookViews><workbookView activeTab="0"/></bookViews><sheets></sheets></workbook>`);
  pkg.put(
    'xl/_rels/workbook.xml.rels',
    `${DECL}<Relationships xmlns="${NS.pkgRels}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
  );
  pkg.put('xl/styles.xml', EMPTY_STYLES);
  return pkg;
}
