/** The report page's only stylesheet: readable at 390 px, no horizontal overflow, printable. */
export const REPORT_CSS = `
*{box-sizing:border-box}body{margin:0;font-family:"DejaVu Sans","Noto Sans",Arial,sans-serif;color:#1f2937;background:#f8fafc;line-height:1.4}
header{background:#1e3a8a;color:#fff;padding:16px}header h1{margin:0 0 4px;font-size:1.3rem}header p{margin:2px 0;font-size:.9rem}
main{max-width:1000px;margin:0 auto;padding:12px}section{background:#fff;border-radius:8px;padding:12px;margin:12px 0;box-shadow:0 1px 2px rgba(0,0,0,.08)}
h2{font-size:1.1rem;margin:0 0 8px}h3{font-size:1rem;margin:8px 0 2px}.muted{color:#6b7280;margin:0 0 4px;font-size:.9rem}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(100px,1fr));gap:8px}.card{border:1px solid #e5e7eb;border-radius:6px;padding:8px;text-align:center}
.card .n{font-size:1.6rem;font-weight:700}.card .k{font-size:.8rem;color:#4b5563}.card.ok .n{color:#15803d}.card.bad .n{color:#b91c1c}.card.warn .n{color:#b45309}
.kpis{display:grid;grid-template-columns:repeat(auto-fit,minmax(180px,1fr));gap:8px;margin-top:10px}.kpi{border-left:4px solid #9ca3af;padding:6px 8px;background:#f9fafb}
.kpi.ok{border-color:#16a34a}.kpi.bad{border-color:#dc2626}.kpi.warn{border-color:#d97706}.kpi .r{font-size:.72rem;color:#6b7280;font-style:italic}.kpi .k{font-size:.8rem}.kpi .n{font-size:1.2rem;font-weight:700}.kpi .s{font-size:.8rem;color:#6b7280}
.units{list-style:none;padding:0;margin:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(160px,1fr));gap:4px}
.units li{font-size:.78rem;padding:4px 6px;border-radius:4px;display:flex;flex-direction:column;min-width:0}.units li span{overflow-wrap:anywhere}
.units .accepted{background:#dcfce7}.units .rejected{background:#fee2e2}.units .missing{background:#fef3c7}.units .wrong-period{background:#fef3c7}.units .late b{color:#b45309}
.bars{width:100%;height:auto;display:block}.bars .l,.bars .v,.bars .t{font-size:10px;fill:#374151}.bars .bar{fill:#3b82f6}.bars .below{fill:#f59e0b}.bars .target{stroke:#dc2626;stroke-width:1.5;stroke-dasharray:4 3}.bars .t{fill:#dc2626}
.scroll{overflow-x:auto;max-width:100%}table{border-collapse:collapse;width:100%;font-size:.8rem}th,td{border-bottom:1px solid #e5e7eb;padding:4px;text-align:left;vertical-align:top;overflow-wrap:anywhere}
.scroll td,.scroll th{overflow-wrap:break-word}td code{white-space:nowrap}
td.met{color:#15803d}td.not-met{color:#b91c1c;font-weight:700}td.warning{color:#b45309;font-weight:700}td.rule{color:#6b7280;font-size:.75rem}
tr.error td:nth-child(3){color:#b91c1c;font-weight:700}tr.warning td:nth-child(3){color:#b45309}code{font-size:.75rem}
td .partial,.kpi .partial,.chart .partial{color:#92400e;font-weight:700;font-size:.78rem}
.cols{width:100%;height:auto;display:block;max-height:260px}.cols .col{fill:#2563eb}.cols .axis{stroke:#6b7280}.cols .target{stroke:#b91c1c;stroke-width:2.5}.cols .v,.cols .l{font-size:10px;fill:#374151}.cols.spark{max-height:48px;width:auto;max-width:100%;min-width:60px}
@media print{body{background:#fff}section{box-shadow:none;break-inside:avoid-page}header{background:#fff;color:#000;border-bottom:2px solid #000}.scroll{overflow:visible}}
`;
