// CT_Worksheet's children after sheetData, in sml.xsd's sequence.
const AFTER_SHEET_DATA = [
  'sheetCalcPr',
  'sheetProtection',
  'protectedRanges',
  'scenarios',
  'autoFilter',
  'sortState',
  'dataConsolidate',
  'customSheetViews',
  'mergeCells',
  'phoneticPr',
  'conditionalFormatting',
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
] as const;

/**
 * Inserts a top-level element into a worksheet where CT_Worksheet's sequence puts it: before the first element that
 * must follow it. Only what comes after `</sheetData>` is searched (a cell holds no markup of these names).
 */
export function insertWorksheetChild(xml: string, name: (typeof AFTER_SHEET_DATA)[number], element: string): string {
  const dataEnd = Math.max(xml.indexOf('</sheetData>'), xml.indexOf('<sheetData'));
  const later = AFTER_SHEET_DATA.slice(AFTER_SHEET_DATA.indexOf(name) + 1);
  let at = -1;
  for (const next of later) {
    const found = next === 'extLst' ? topLevelExtLst(xml) : indexOfTag(xml, next, dataEnd);
    if (found >= 0 && (at < 0 || found < at)) at = found;
  }
  if (at < 0) at = xml.lastIndexOf('</worksheet');
  if (at < 0) throw new Error('worksheet without a closing tag');
  return xml.slice(0, at) + element + xml.slice(at);
}

function indexOfTag(xml: string, name: string, from: number): number {
  const re = new RegExp(`<${name}[\\s/>]`, 'g');
  re.lastIndex = Math.max(0, from);
  return re.exec(xml)?.index ?? -1;
}

/** The worksheet's own extLst is its last child: the last unprefixed `<extLst` when the part ends with it. */
function topLevelExtLst(xml: string): number {
  if (!/<\/extLst>\s*<\/worksheet>\s*$/.test(xml)) return -1;
  return xml.lastIndexOf('<extLst');
}
