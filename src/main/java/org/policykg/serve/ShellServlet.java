package org.policykg.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The explorer's addresses ({@code /}, {@code /cascade}, {@code /query/NAME}, {@code /search}, {@code /sparql}): the page. */
final class ShellServlet extends ApiServlet {

    private final Shell shell;

    ShellServlet(Shell shell) {
        this.shell = shell;
    }

    @Override
    void answer(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        shell.write(resp);
    }
}
