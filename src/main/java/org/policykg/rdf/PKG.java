package org.policykg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The policykg ontology's terms, one constant per term named as its local name, as Jena's own
 * vocabulary classes ({@code ORG}, {@code SKOS}) do. The ontology itself is {@code ontology/policykg.ttl};
 * a test checks that every term used in data is declared there.
 */
public final class PKG {

    public static final String NS = "https://w3id.org/policykg/ontology#";
    /** Base of the IRIs of data: documents, tasks, units, jurisdictions, reports. */
    public static final String DATA = "https://w3id.org/policykg/id/";
    /**
     * Namespace of the concepts and their schemes (roles, levels, unit kinds, link kinds…): apart
     * from the classes and properties, so a concept never shadows a class whose name differs by case
     * ({@code collective} / {@code Collective}). Queries select concepts by {@code skos:notation}.
     */
    public static final String CONCEPTS = "https://w3id.org/policykg/concept#";
    /** Named graph that holds the ontology in a store. */
    public static final String ONTOLOGY_GRAPH = "https://w3id.org/policykg/ontology";

    private PKG() {}

    private static Resource resource(String local) { return ResourceFactory.createResource(NS + local); }

    private static Resource conceptResource(String local) { return ResourceFactory.createResource(CONCEPTS + local); }

    private static Property property(String local) { return ResourceFactory.createProperty(NS, local); }

    // Classes
    public static final Resource Document = resource("Document");
    public static final Resource DecompositionNotice = resource("DecompositionNotice");
    public static final Resource WorkReport = resource("WorkReport");
    public static final Resource ActionPlan = resource("ActionPlan");
    public static final Resource TaskList = resource("TaskList");
    public static final Resource Task = resource("Task");
    public static final Resource Responsibility = resource("Responsibility");
    public static final Resource Report = resource("Report");
    public static final Resource ReportParagraph = resource("ReportParagraph");
    public static final Resource Jurisdiction = resource("Jurisdiction");
    public static final Resource Collective = resource("Collective");
    public static final Resource Target = resource("Target");
    public static final Resource QualitativeTarget = resource("QualitativeTarget");
    public static final Resource Deadline = resource("Deadline");
    public static final Resource ReportTask = resource("ReportTask");
    public static final Resource Link = resource("Link");
    public static final Resource LinkKinds = conceptResource("LinkKinds");

    // Concept schemes and their concepts
    public static final Resource Roles = conceptResource("Roles");
    public static final Resource Levels = conceptResource("Levels");
    public static final Resource UnitKinds = conceptResource("UnitKinds");
    public static final Resource Comparators = conceptResource("Comparators");
    public static final Resource TargetKinds = conceptResource("TargetKinds");

    /** A concept of one of the schemes, by its notation (lead, city, streetOffice). */
    public static Resource concept(String notation) { return conceptResource(notation); }

    /** A class of the ontology by its local name (a document kind's class: DecompositionNotice). */
    public static Resource type(String local) { return resource(local); }

    // Documents
    public static final Property fileName = property("fileName");
    public static final Property sha256 = property("sha256");
    public static final Property extractorVersion = property("extractorVersion");
    /** Written with every graph and indexed with it: the text index agrees with a graph when their stamps match. */
    public static final Property indexStamp = property("indexStamp");
    /** On a link graph: the stamps of the documents the links were computed from; links are stale when they differ. */
    public static final Property linkedCorpus = property("linkedCorpus");
    public static final Property issuerName = property("issuerName");
    public static final Property planYear = property("planYear");
    public static final Property jurisdiction = property("jurisdiction");
    public static final Property goalStatement = property("goalStatement");
    public static final Property statedTaskCount = property("statedTaskCount");
    public static final Property hasList = property("hasList");
    public static final Property isTextOf = property("isTextOf");
    public static final Property hasParagraph = property("hasParagraph");

    // Lists and tasks
    public static final Property listNumber = property("listNumber");
    public static final Property implementsPlan = property("implementsPlan");
    public static final Property implementsDocument = property("implementsDocument");
    public static final Property taskSource = property("taskSource");
    public static final Property inList = property("inList");
    public static final Property taskNumber = property("taskNumber");
    public static final Property ordinal = property("ordinal");
    public static final Property section = property("section");
    public static final Property text = property("text");
    public static final Property sourceDocument = property("sourceDocument");
    public static final Property sourceLine = property("sourceLine");
    public static final Property startOffset = property("startOffset");
    public static final Property endOffset = property("endOffset");
    public static final Property sourceLocator = property("sourceLocator");
    public static final Property leader = property("leader");

    // Responsibilities
    public static final Property responsibility = property("responsibility");
    public static final Property responsibleUnit = property("responsibleUnit");
    public static final Property leadUnit = property("leadUnit");
    public static final Property cooperatingUnit = property("cooperatingUnit");
    public static final Property dataProviderUnit = property("dataProviderUnit");
    public static final Property levelQualifier = property("levelQualifier");
    public static final Property position = property("position");
    public static final Property nameAsWritten = property("nameAsWritten");

    // Units, jurisdictions, reports
    public static final Property unitKind = property("unitKind");
    public static final Property writtenName = property("writtenName");
    public static final Property level = property("level");
    public static final Property paragraphNumber = property("paragraphNumber");

    // Targets and deadlines
    public static final Property target = property("target");
    public static final Property goalTarget = property("goalTarget");
    public static final Property qualitativeGoal = property("qualitativeGoal");
    public static final Property indicatorConcept = property("indicatorConcept");
    public static final Property lowerIsBetter = property("lowerIsBetter");
    public static final Property reportPart = property("reportPart");
    public static final Property indicator = property("indicator");
    public static final Property valueAsWritten = property("valueAsWritten");
    public static final Property upperValue = property("upperValue");
    public static final Property measureWord = property("measureWord");
    public static final Property comparator = property("comparator");
    public static final Property targetKind = property("targetKind");
    public static final Property aspired = property("aspired");
    public static final Property goalLevel = property("goalLevel");
    public static final Property sentence = property("sentence");
    public static final Property deadline = property("deadline");
    public static final Property phrase = property("phrase");
    public static final Property governs = property("governs");
    public static final Property openEnded = property("openEnded");

    // Report tasks and links between levels
    public static final Property reportTask = property("reportTask");
    public static final Property inReport = property("inReport");
    public static final Property linkKind = property("linkKind");
    public static final Property child = property("child");
    public static final Property parent = property("parent");
    public static final Property score = property("score");
    public static final Property rank = property("rank");
    public static final Property evidence = property("evidence");
    public static final Property accepted = property("accepted");
    public static final Property contributesTo = property("contributesTo");
    public static final Property sameTaskAs = property("sameTaskAs");
    public static final Property derivedFromParagraph = property("derivedFromParagraph");
    public static final Property carriesTaskOf = property("carriesTaskOf");
    public static final Property collectivelyResponsible = property("collectivelyResponsible");
}
