package org.policykg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryParseException;

/** A read-only endpoint of the explorer: answers GET, turns the failures a user can cause into one-line errors. */
abstract class ApiServlet extends HttpServlet {

    @Override
    protected final void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        req.setCharacterEncoding("UTF-8");
        try {
            answer(req, resp);
        } catch (QueryCancelledException e) {
            Replies.error(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "the query ran past the server's time limit and was stopped");
        } catch (QueryParseException e) {
            Replies.error(resp, HttpServletResponse.SC_BAD_REQUEST, "the query does not parse: " + e.getMessage().strip());
        } catch (IllegalArgumentException e) {
            Replies.error(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        }
    }

    abstract void answer(HttpServletRequest req, HttpServletResponse resp) throws IOException;

    static String required(HttpServletRequest req, String name) {
        String value = req.getParameter(name);
        if (value == null || value.isBlank()) throw new IllegalArgumentException("give the parameter '" + name + "'");
        return value.strip();
    }

    static int number(HttpServletRequest req, String name, int fallback) {
        String value = req.getParameter(name);
        if (value == null || value.isBlank()) return fallback;
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + name + "' must be a whole number, not '" + value + "'");
        }
    }
}
