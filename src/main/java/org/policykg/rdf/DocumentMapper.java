package org.policykg.rdf;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.policykg.lexicon.Lexicon;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.policykg.gazetteer.Gazetteer;
import org.policykg.model.DocumentInfo;
import org.policykg.model.ExtractedDocument;
import org.policykg.model.Jurisdiction;
import org.policykg.model.Commitment;
import org.policykg.model.IndicatorConcept;
import org.policykg.model.Paragraph;
import org.policykg.model.QualitativeTarget;
import org.policykg.model.ReportRef;
import org.policykg.model.Responsibility;
import org.policykg.model.DocumentRef;
import org.policykg.model.Role;
import org.policykg.model.Span;
import org.policykg.model.Target;
import org.policykg.model.Deadline;
import org.policykg.model.Task;
import org.policykg.model.TaskList;
import org.policykg.model.UnitRef;

/**
 * Maps one extracted document to RDF in its own named graph (the document's IRI), writing to a
 * {@link StreamRDF}: the same mapper feeds the TDB2 store, a Turtle writer or a counter.
 * Units, jurisdictions and reports a document mentions are described in its graph too, so each
 * graph stands alone and replacing it never leaves another document's units without labels.
 */
public final class DocumentMapper {

    private final Gazetteer gazetteer;
    private final String extractorVersion;

    public DocumentMapper(Gazetteer gazetteer, String extractorVersion) {
        this.gazetteer = gazetteer;
        this.extractorVersion = extractorVersion;
    }

    public void map(ExtractedDocument doc, Instant generatedAt, StreamRDF out) {
        map(doc, generatedAt, out, UnitIriRegistry.empty());
    }

    /** As {@link #map(ExtractedDocument, Instant, StreamRDF)}, units named by the IRIs {@code units} keeps. */
    public void map(ExtractedDocument doc, Instant generatedAt, StreamRDF out, UnitIriRegistry units) {
        String docIri = Iris.document(doc.fileName());
        new Run(doc, new QuadEmitter(out, docIri), QuadEmitter.iri(docIri), units).write(generatedAt);
    }

    private final class Run {
        final ExtractedDocument doc;
        final QuadEmitter q;
        final Node docNode;
        final UnitIriRegistry units;
        final Set<String> described = new HashSet<>();

        Run(ExtractedDocument doc, QuadEmitter q, Node docNode, UnitIriRegistry units) {
            this.doc = doc;
            this.q = q;
            this.docNode = docNode;
            this.units = units;
        }

        void write(Instant generatedAt) {
            document(generatedAt);
            for (TaskList list : doc.lists()) list(list);
            if (doc.report() != null) {
                Node report = report(doc.report());
                q.link(docNode, PKG.isTextOf, report);
                q.link(report, RDFS.seeAlso, docNode);
            }
            for (Paragraph p : doc.paragraphs()) paragraph(p);
            goalTargets();
            for (int i = 0; i < doc.noticeDeadlines().size(); i++) {
                deadline(docNode, docNode.getURI() + "/deadline/" + (i + 1), doc.noticeDeadlines().get(i));
            }
            for (DocumentRef ref : doc.implementsDocuments()) q.link(docNode, PKG.implementsDocument, reference(ref));
        }

        /** A document known by its number, for linking to the stored document with that dcterms:identifier. */
        Node reference(DocumentRef ref) {
            Node node = QuadEmitter.iri(Iris.documentReference(ref.number(), ref.title()));
            if (ref.number() != null) q.string(node, DCTerms.identifier, ref.number());
            if (ref.title() != null) q.zh(node, DCTerms.title, ref.title());
            return node;
        }

        /** The 主要预期目标 belong to the report the document's lists implement (or to the document). */
        void goalTargets() {
            if (doc.goalTargets().isEmpty() && doc.qualitativeGoals().isEmpty()) return;
            Node owner = doc.lists().stream().map(TaskList::parentReport).filter(java.util.Objects::nonNull).findFirst()
                    .map(this::report).orElseGet(() -> doc.report() != null ? report(doc.report()) : docNode);
            String base = docNode.getURI() + "/goal";
            for (int i = 0; i < doc.goalTargets().size(); i++) {
                Node node = target(base + "/target/" + (i + 1), doc.goalTargets().get(i));
                q.link(owner, PKG.goalTarget, node);
                q.link(node, DCTerms.source, docNode);
            }
            for (int i = 0; i < doc.qualitativeGoals().size(); i++) {
                QualitativeTarget g = doc.qualitativeGoals().get(i);
                Node node = QuadEmitter.iri(base + "/qualitative/" + (i + 1));
                q.type(node, PKG.QualitativeTarget);
                q.zh(node, PKG.sentence, g.statement());
                indicatorConcept(node, g.indicator());
                span(node, g.span());
                q.link(owner, PKG.qualitativeGoal, node);
                q.link(node, DCTerms.source, docNode);
            }
        }

        /** The thesaurus indicator a target measures, described once per graph by its preferred label. */
        void indicatorConcept(Node node, IndicatorConcept c) {
            if (c == null) return;
            Node concept = QuadEmitter.iri(c.iri());
            q.link(node, PKG.indicatorConcept, concept);
            if (!described.add(c.iri())) return;
            q.zh(concept, SKOS.prefLabel, c.prefLabel());
            if (c.lowerIsBetter()) q.bool(concept, PKG.lowerIsBetter, true);
        }

        Node target(String iri, Target t) {
            Node node = QuadEmitter.iri(iri);
            q.type(node, PKG.Target);
            q.zh(node, PKG.indicator, t.indicator());
            q.zh(node, RDFS.label, t.indicator() + " " + t.asWritten());
            q.zh(node, PKG.valueAsWritten, t.asWritten());
            q.decimal(node, QUDT.numericValue, t.value());
            q.decimal(node, PKG.upperValue, t.upper());
            if (t.unitIri() != null) q.link(node, QUDT.hasUnit, QuadEmitter.iri(t.unitIri()));
            q.zh(node, PKG.measureWord, t.measureWord());
            q.link(node, PKG.comparator, PKG.concept(t.comparator().localName()));
            q.link(node, PKG.targetKind, PKG.concept(t.kind().localName()));
            q.bool(node, PKG.aspired, t.aspired());
            if (t.goalLevel()) q.bool(node, PKG.goalLevel, true);
            q.zh(node, PKG.sentence, t.sentence());
            indicatorConcept(node, t.concept());
            span(node, t.span());
            return node;
        }

        void deadline(Node task, String iri, Deadline d) {
            Node node = QuadEmitter.iri(iri);
            q.type(node, PKG.Deadline);
            q.link(task, PKG.deadline, node);
            q.zh(node, PKG.phrase, d.phrase());
            q.zh(node, RDFS.label, d.phrase());
            if (d.governs() != null && !d.governs().isEmpty()) q.zh(node, PKG.governs, d.governs());
            span(node, d.span());
            if (d.openEnded()) {
                q.bool(node, PKG.openEnded, true);
            } else if (d.start().equals(d.end())) {
                q.type(node, TIME.Instant);
                q.date(node, TIME.inXSDDate, d.start());
            } else {
                q.type(node, TIME.ProperInterval);
                q.link(node, TIME.hasBeginning, instant(iri + "/beginning", d.start()));
                q.link(node, TIME.hasEnd, instant(iri + "/end", d.end()));
            }
        }

        Node instant(String iri, java.time.LocalDate date) {
            Node node = QuadEmitter.iri(iri);
            q.type(node, TIME.Instant);
            q.date(node, TIME.inXSDDate, date);
            return node;
        }

        void document(Instant generatedAt) {
            DocumentInfo info = doc.info();
            q.type(docNode, PKG.Document);
            q.type(docNode, PKG.type(info.kind().localName()));
            q.zh(docNode, DCTerms.title, info.title());
            q.zh(docNode, RDFS.label, info.title() != null ? info.title() : doc.fileName());
            q.string(docNode, DCTerms.identifier, info.documentNumber());
            q.date(docNode, DCTerms.issued, info.issued());
            q.date(docNode, DCTerms.available, info.published());
            q.zh(docNode, PKG.issuerName, info.issuer());
            q.year(docNode, PKG.planYear, info.planYear());
            q.zh(docNode, PKG.goalStatement, info.goalStatement());
            if (info.statedTaskCount() != null) q.integer(docNode, PKG.statedTaskCount, info.statedTaskCount());
            q.link(docNode, PKG.jurisdiction, jurisdiction(info.jurisdiction()));
            q.string(docNode, PKG.fileName, doc.fileName());
            q.string(docNode, PKG.sha256, doc.sha256());
            q.string(docNode, PKG.extractorVersion, extractorVersion);
            q.dateTime(docNode, PROV.generatedAtTime, generatedAt);
        }

        void list(TaskList list) {
            Node node = QuadEmitter.iri(Iris.list(doc.fileName(), list.index()));
            q.type(node, PKG.TaskList);
            q.link(docNode, PKG.hasList, node);
            q.link(node, DCTerms.isPartOf, docNode);
            q.integer(node, PKG.listNumber, list.index());
            q.zh(node, DCTerms.title, list.title());
            q.zh(node, RDFS.label, list.title() != null ? list.title() : doc.fileName() + " list " + list.index());
            q.link(node, PKG.implementsPlan, list.parentReport() != null ? report(list.parentReport()) : docNode);
            Set<String> numbers = new HashSet<>();
            for (Task task : list.tasks()) {
                String number = numbers.add(task.number()) ? task.number() : task.number() + "-" + task.ordinal();
                task(node, list, number, task);
            }
        }

        void task(Node listNode, TaskList list, String number, Task task) {
            String taskIri = Iris.task(doc.fileName(), list.index(), number);
            Node node = QuadEmitter.iri(taskIri);
            q.type(node, PKG.Task);
            q.link(node, PKG.inList, listNode);
            q.link(node, PKG.sourceDocument, docNode);
            q.string(node, PKG.taskNumber, task.number());
            q.integer(node, PKG.ordinal, task.ordinal());
            q.zh(node, PKG.section, task.section());
            q.zh(node, PKG.text, task.text());
            q.zh(node, RDFS.label, task.number() + ". " + shorten(task.text()));
            span(node, task.span());
            for (Responsibility r : task.responsibilities()) responsibility(node, taskIri, r);
            if (list.parentReport() != null) reportTask(node, list.parentReport(), task);
            for (int i = 0; i < task.targets().size(); i++) q.link(node, PKG.target, target(taskIri + "/target/" + (i + 1), task.targets().get(i)));
            for (int i = 0; i < task.deadlines().size(); i++) deadline(node, taskIri + "/deadline/" + (i + 1), task.deadlines().get(i));
            for (String leader : task.leaders()) leader(node, leader);
            for (DocumentRef ref : task.sources()) q.link(node, PKG.taskSource, reference(ref));
        }

        /**
         * A leader as a post (省长) and, where a name is written, the person who holds it (孟学农省长:
         * 孟学农 holds 省长); the task points to the person, or to the post when only a title is written.
         */
        void leader(Node task, String written) {
            String compact = written.replaceAll("\\s+", "");
            String title = Lexicon.get().leaderTitleOf(compact);
            String person = title == null ? compact : compact.substring(0, compact.length() - title.length());
            Node post = null;
            if (title != null) {
                post = QuadEmitter.iri(Iris.post(doc.info().jurisdiction(), title));
                q.type(post, ORG.Post);
                q.zh(post, RDFS.label, title);
            }
            Node holder = null;
            if (!person.isEmpty()) {
                holder = QuadEmitter.iri(Iris.person(doc.info().jurisdiction(), person));
                q.type(holder, FOAF.Person);
                q.zh(holder, RDFS.label, person);
                if (post != null) q.link(holder, ORG.holds, post);
            }
            Node leader = holder != null ? holder : post;
            q.link(task, PKG.leader, leader);
            q.zh(leader, PKG.writtenName, written);
        }

        /**
         * The task as a task of the report it implements: every document that writes the same text
         * for the same report names the same report task. Where the report is a higher government's
         * (001's 附件1/2), the document states that its units carry that government's task.
         */
        void reportTask(Node task, ReportRef report, Task t) {
            Node node = QuadEmitter.iri(Iris.reportTask(report, t.text()));
            q.type(node, PKG.ReportTask);
            q.link(node, PKG.inReport, report(report));
            q.zh(node, RDFS.label, shorten(t.text()));
            q.link(task, PKG.reportTask, node);
            Jurisdiction own = doc.info().jurisdiction();
            if (own == null || report.jurisdiction().code().equals(own.code())) return;
            Node link = QuadEmitter.iri(Iris.link("stated", task.getURI(), node.getURI()));
            q.type(link, PKG.Link);
            q.link(link, PKG.linkKind, PKG.concept("stated"));
            q.link(link, PKG.child, task);
            q.link(link, PKG.parent, node);
            q.zh(link, PKG.evidence, statedEvidence(t, report));
            q.link(task, PKG.carriesTaskOf, node);
        }

        /** 市级牵头单位 市发改委 → 区级牵头单位 区发改局: who carries whose task, as the clause says. */
        String statedEvidence(Task t, ReportRef report) {
            String units = t.responsibilities().stream()
                    .map(r -> (r.level() == null ? "" : r.level().label() + " ") + r.role().label() + " " + r.nameAsWritten())
                    .collect(java.util.stream.Collectors.joining("; "));
            return "listed as a task of " + report.jurisdiction().name() + report.year() + "年政府工作报告; " + units;
        }

        void responsibility(Node task, String taskIri, Responsibility r) {
            Node node = QuadEmitter.iri(Iris.responsibility(taskIri, r.position()));
            Node unit = unit(r.unit(), r.nameAsWritten());
            q.type(node, PKG.Responsibility);
            q.link(task, PKG.responsibility, node);
            q.link(node, PROV.agent, unit);
            q.link(node, PROV.hadRole, PKG.concept(r.role().label()));
            if (r.level() != null) q.link(node, PKG.levelQualifier, PKG.concept(r.level().label()));
            q.integer(node, PKG.position, r.position());
            q.zh(node, PKG.nameAsWritten, r.nameAsWritten());
            q.link(task, directProperty(r.role()), unit);
            q.zh(unit, PKG.writtenName, r.nameAsWritten());
            for (UnitRef member : r.unit().members()) q.link(task, PKG.collectivelyResponsible, unit(member, null));
        }

        /** @param written the name as the text writes it; null for a unit the text does not name (a collective's member) */
        Node unit(UnitRef unit, String written) {
            Node node = QuadEmitter.iri(units.iri(unit, written));
            if (!described.add(node.getURI())) return node;
            q.type(node, ORG.Organization);
            if (unit.isCollective()) q.type(node, PKG.Collective);
            q.zh(node, SKOS.prefLabel, unit.canonicalName());
            q.zh(node, RDFS.label, unit.canonicalName());
            for (String alias : unit.aliases()) q.zh(node, SKOS.altLabel, alias);
            q.link(node, PKG.unitKind, PKG.concept(unit.kind().localName()));
            q.link(node, PKG.jurisdiction, jurisdiction(unit.jurisdiction()));
            for (UnitRef member : unit.members()) q.link(node, ORG.hasMember, unit(member, null));
            return node;
        }

        Node jurisdiction(Jurisdiction j) {
            if (j == null) return null;
            Node node = QuadEmitter.iri(Iris.jurisdiction(j));
            if (!described.add(node.getURI())) return node;
            q.type(node, PKG.Jurisdiction);
            q.zh(node, RDFS.label, j.name());
            q.string(node, SKOS.notation, j.code());
            q.link(node, PKG.level, PKG.concept(j.level().label()));
            gazetteer.parent(j).ifPresent(p -> q.link(node, DCTerms.isPartOf, jurisdiction(p)));
            return node;
        }

        Node report(ReportRef report) {
            Node node = QuadEmitter.iri(Iris.report(report));
            if (!described.add(node.getURI())) return node;
            q.type(node, PKG.Report);
            q.zh(node, RDFS.label, report.jurisdiction().name() + report.year() + "年政府工作报告");
            q.en(node, RDFS.label, "Government work report of " + report.jurisdiction().name() + ", " + report.year());
            q.link(node, PKG.jurisdiction, jurisdiction(report.jurisdiction()));
            q.year(node, PKG.planYear, report.year());
            return node;
        }

        void paragraph(Paragraph p) {
            Node node = QuadEmitter.iri(Iris.paragraph(doc.fileName(), p.number()));
            q.type(node, PKG.ReportParagraph);
            q.link(docNode, PKG.hasParagraph, node);
            q.link(node, DCTerms.isPartOf, docNode);
            q.integer(node, PKG.paragraphNumber, p.number());
            q.zh(node, PKG.section, p.section());
            q.zh(node, PKG.text, p.text());
            q.link(node, PKG.reportPart, PKG.concept(p.part().localName()));
            span(node, p.span());
            String iri = node.getURI();
            for (int i = 0; i < p.targets().size(); i++) q.link(node, PKG.target, target(iri + "/target/" + (i + 1), p.targets().get(i)));
            if (doc.report() != null) p.commitments().forEach(c -> commitment(node, c));
        }

        /** A commitment of the report's year's work, as a task of the report (the one a notice's same text names). */
        void commitment(Node paragraph, Commitment c) {
            Node node = QuadEmitter.iri(Iris.reportTask(doc.report(), c.text()));
            q.type(node, PKG.ReportTask);
            q.link(node, PKG.inReport, report(doc.report()));
            q.zh(node, RDFS.label, shorten(c.text()));
            // the sentence, not pkg:text: the text index keeps to task and paragraph texts
            q.zh(node, PKG.sentence, c.text());
            q.link(node, DCTerms.isPartOf, paragraph);
            span(node, c.span());
        }

        void span(Node node, Span span) {
            q.integer(node, PKG.sourceLine, span.line());
            q.integer(node, PKG.startOffset, span.start());
            q.integer(node, PKG.endOffset, span.end());
            // page, paragraph or cell, for the formats where a line number alone does not find the text
            if (span.locator() != null) q.string(node, PKG.sourceLocator, span.locator());
        }
    }

    private static Property directProperty(Role role) {
        return switch (role) {
            case LEAD -> PKG.leadUnit;
            case COOPERATING -> PKG.cooperatingUnit;
            case RESPONSIBLE -> PKG.responsibleUnit;
            case DATA_PROVIDER -> PKG.dataProviderUnit;
        };
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
