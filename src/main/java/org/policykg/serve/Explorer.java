package org.policykg.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;

/** The explorer's addresses, registered on the Fuseki server beside the SPARQL endpoint. */
final class Explorer {

    private final Dataset dataset;
    private final Gallery gallery;
    private final ServeSettings settings;

    Explorer(Dataset dataset, Gallery gallery, ServeSettings settings) {
        this.dataset = dataset;
        this.gallery = gallery;
        this.settings = settings;
    }

    void register(FusekiServer.Builder builder) {
        InternalQueries queries = new InternalQueries(dataset);
        Shell shell = new Shell(settings.rowCap());
        ShellServlet page = new ShellServlet(shell);
        GalleryServlet galleryServlet = new GalleryServlet(dataset, gallery, settings.rowCap());
        PageDataServlet pages = new PageDataServlet(queries);
        builder.addServlet("", page)
                .addServlet("/cascade", page)
                .addServlet("/search", page)
                .addServlet("/sparql", page)
                .addServlet("/query/*", page)
                .addServlet("/static/*", new StaticServlet())
                .addServlet("/id/*", new ResourceServlet(queries, shell))
                .addServlet("/api/queries", galleryServlet)
                .addServlet("/api/run/*", galleryServlet)
                .addServlet("/api/cascade", new CascadeServlet(dataset, gallery))
                .addServlet("/api/search", new SearchServlet(dataset, queries))
                .addServlet("/api/task", pages)
                .addServlet("/api/unit", pages)
                .addServlet("/api/export", new ExportServlet(dataset))
                .addServlet("/api/sparql", new CappedSparqlServlet(dataset, settings.rowCap()));
    }
}
