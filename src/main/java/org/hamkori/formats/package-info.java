/**
 * The exchange formats of figures as plain Java: readers of CSV in its long and wide
 * layouts, SDMX-CSV and XLSX (streamed, with strict UTF-8 and guards against oversized or
 * zip-bomb files), the XLSX template writer and the CSV preview. It knows no Spring, no
 * database and no feature module (from {@code shared} it takes only the digest of a
 * column mapping and the exact writing of a figure into a spreadsheet cell), so any
 * module can read and write these files; what a row means (which indicator, period or
 * code is valid) is decided by the module that imports it, today {@code reporting}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared :: security", "shared :: export" })
package org.hamkori.formats;
