package io.marketcast.cli.panel;

import io.marketcast.forecast.panel.Panel;
import io.marketcast.forecast.panel.PanelBuilder;
import io.marketcast.forecast.panel.PanelException;
import io.marketcast.forecast.panel.PanelOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an Excel {@code .xlsx} workbook as a long-format table, streaming its cells (Apache POI's
 * event API: the sheet is never held in memory). The first non-empty row is the header; rows are numbered as Excel
 * numbers them. Cells formatted as dates become ISO dates; numbers keep every digit; text is read as written.
 */
final class XlsxPanelReader {

    private XlsxPanelReader() {
    }

    /** Dates as ISO dates (with the time when not midnight, which the panel then rejects), numbers in full. */
    private static final class IsoFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime t = DateUtil.getLocalDateTime(value, use1904);
                return t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? t.toLocalDate().toString()
                        : t.toString();
            }
            return Table.number(value);
        }
    }

    static Panel read(Path file, String source, Columns.Wanted wanted, PanelOptions options) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new PanelException(source, 1, "(sheet)", "the workbook has no sheet");
            }
            Handler h = new Handler(source, wanted, options);
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, h, new IsoFormatter(),
                        false));
                parser.parse(new InputSource(sheet));
            }
            if (h.builder == null) {
                throw new PanelException(source, 1, "header", "the first sheet is empty; expected a header such as "
                        + "unique_id,ds,y");
            }
            return h.builder.build();
        } catch (OpenXML4JException | SAXException | org.apache.poi.ooxml.POIXMLException e) {
            throw new PanelException(source, 1, "(file)", "not a readable .xlsx workbook: " + e.getMessage());
        } catch (org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
            throw new PanelException(source, 1, "(file)", "not an .xlsx workbook: " + e.getMessage());
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Collects the cells of each row and hands complete rows to the panel builder. */
    private static final class Handler implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final String source;
        private final Columns.Wanted wanted;
        private final PanelOptions options;
        private final List<String> cells = new ArrayList<>();
        private Columns columns;
        private List<String> header;
        PanelBuilder builder;

        Handler(String source, Columns.Wanted wanted, PanelOptions options) {
            this.source = source;
            this.wanted = wanted;
            this.options = options;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            long row = rowNum + 1L;
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                return;
            }
            if (header == null) {
                header = new ArrayList<>();
                for (String c : cells) {
                    header.add(c == null ? "" : c.strip());
                }
                columns = Columns.find(source, header, wanted);
                builder = Panel.builder(source, options.withColumns(columns.idName(), columns.dateName(),
                        columns.valueName()));
                return;
            }
            builder.add(row, get(columns.id()), get(columns.date()), get(columns.value()));
        }

        private String get(int i) {
            String s = i < cells.size() ? cells.get(i) : null;
            return s == null ? "" : s;
        }

        @Override
        public void cell(String ref, String formatted, XSSFComment comment) {
            int col = ref == null ? cells.size() : new CellReference(ref).getCol();
            while (cells.size() <= col) {
                cells.add(null);
            }
            cells.set(col, formatted);
        }
    }
}
