package org.policykg.read;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Document types people attach to notices that policykg does not read, by file extension, with
 * what to do instead. Files of these types in an input folder are failures, not silent skips; the
 * extension only names the type in the message: a file is always read by its content first.
 */
enum UnreadType {
    WPS(".wps", "a WPS Writer document", "open it in WPS Office and save it as .docx"),
    ET(".et", "a WPS spreadsheet", "open it in WPS Office and save it as .xlsx"),
    DPS(".dps", "a WPS presentation", "give the notice itself as Word, Excel, PDF, text or web page"),
    OFD(".ofd", "an OFD document (GB/T 33190)", "export it as PDF with an OFD reader"),
    RTF(".rtf", "an RTF document", "open it in Word or WPS and save it as .docx"),
    ODT(".odt", "an OpenDocument text", "save it as .docx"),
    ODS(".ods", "an OpenDocument spreadsheet", "save it as .xlsx"),
    XLSB(".xlsb", "a binary Excel workbook", "save it as .xlsx"),
    PPT(".ppt", "a PowerPoint presentation", "give the notice itself as Word, Excel, PDF, text or web page"),
    PPTX(".pptx", "a PowerPoint presentation", "give the notice itself as Word, Excel, PDF, text or web page"),
    CAJ(".caj", "a CAJ document", "export it as PDF"),
    CEB(".ceb", "a CEB document", "export it as PDF");

    final String extension;
    final String description;
    final String whatToDo;

    UnreadType(String extension, String description, String whatToDo) {
        this.extension = extension;
        this.description = description;
        this.whatToDo = whatToDo;
    }

    static Optional<UnreadType> of(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> lower.endsWith(t.extension)).findFirst();
    }
}
