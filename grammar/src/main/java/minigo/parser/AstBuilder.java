package minigo.parser;

import java.util.ArrayList;
import java.util.List;
import minigo.ast.Ast;
import minigo.ast.Ast.Expr;
import minigo.ast.Ast.Ident;
import minigo.ast.Ast.Pos;
import minigo.ast.Ast.Stmt;
import minigo.parser.GoParser.*;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Turns a parse tree of {@link GoParser} into the records of {@link Ast}, in one walk.
 *
 * <p>It also performs the checks that Go's own parser makes beyond the context-free grammar and that
 * the grammar leaves to it on purpose (a simple statement used as an if condition, a send with two
 * channels, mixed named and unnamed parameters, ...), throwing {@link SyntaxError} with Go's words at
 * Go's position.
 */
final class AstBuilder {
    private final SourceText src;
    private final org.antlr.v4.runtime.TokenStream tokens;

    AstBuilder(SourceText src, org.antlr.v4.runtime.TokenStream tokens) {
        this.src = src;
        this.tokens = tokens;
    }

    // ------------------------------------------------------------------ positions and helpers

    Pos pos(Token t) {
        return src.pos(t.getStartIndex());
    }

    Pos pos(TerminalNode n) {
        return pos(n.getSymbol());
    }

    Pos pos(ParserRuleContext c) {
        return pos(c.getStart());
    }

    private static SyntaxError error(Pos p, String msg) {
        return new SyntaxError(p, msg);
    }

    private Ident ident(TerminalNode n) {
        return new Ident(pos(n), n.getText());
    }

    private List<Ident> idents(IdentifierListContext c) {
        List<Ident> out = new ArrayList<>();
        for (TerminalNode n : c.IDENTIFIER()) out.add(ident(n));
        return out;
    }

    /**
     * After a syntax error, runs the builder's own checks on the statements and declarations that
     * were complete before it (those ending before {@code limit}, a token index), so that an earlier
     * error Go reports from its parser ("cannot use x := 1 as value") is not lost behind a later one.
     */
    void checkComplete(ParserRuleContext c, int limit, List<minigo.ast.Diagnostic> out) {
        boolean unit = c instanceof StatementContext || c instanceof TopLevelDeclContext;
        // go and defer check their call as soon as the expression ends, even if the error is next.
        int end = c instanceof GoStmtContext || c instanceof DeferStmtContext ? limit + 1 : limit;
        if (unit && c.getStop() != null && c.getStop().getTokenIndex() < end && c.exception == null) {
            try {
                if (c instanceof StatementContext s) stmt(s);
                else {
                    TopLevelDeclContext t = (TopLevelDeclContext) c;
                    if (t.declaration() != null) declaration(t.declaration());
                    else funcDecl(t.functionDecl());
                }
            } catch (SyntaxError e) {
                out.add(new minigo.ast.Diagnostic(e.pos, e.getMessage()));
            } catch (RuntimeException incomplete) {
                // a subtree cut short by the error: nothing to say about it
            }
            return;
        }
        for (int i = 0; i < c.getChildCount(); i++) {
            if (c.getChild(i) instanceof ParserRuleContext child) checkComplete(child, limit, out);
        }
    }

    // ------------------------------------------------------------------ file and declarations

    Ast.File file(SourceFileContext c) {
        PackageClauseContext pc = c.packageClause();
        Ident pkg = ident(pc.IDENTIFIER());
        if (pkg.name().equals("_")) throw error(pkg.pos(), "invalid package name _");
        List<Ast.ImportSpec> imports = new ArrayList<>();
        List<Ast.Decl> decls = new ArrayList<>();
        for (ImportDeclContext ic : c.importDecl()) {
            Ast.GenDecl d = importDecl(ic);
            for (Ast.Spec s : d.specs()) imports.add((Ast.ImportSpec) s);
            decls.add(d);
        }
        for (TopLevelDeclContext tc : c.topLevelDecl()) {
            if (tc.declaration() != null) decls.add(declaration(tc.declaration()));
            else decls.add(funcDecl(tc.functionDecl()));
        }
        return new Ast.File(pos(pc), src.displayName, pkg, imports, decls);
    }

    private Ast.GenDecl importDecl(ImportDeclContext c) {
        List<Ast.Spec> specs = new ArrayList<>();
        for (ImportSpecContext s : c.importSpec()) {
            Ident name = null;
            if (s.DOT() != null) name = new Ident(pos(s.DOT()), ".");
            else if (s.IDENTIFIER() != null) name = ident(s.IDENTIFIER());
            Ast.BasicLit path = stringLit(s.string_());
            specs.add(new Ast.ImportSpec(name != null ? name.pos() : path.pos(), name, path));
        }
        return new Ast.GenDecl(pos(c), "import", c.LPAREN() != null ? pos(c.LPAREN()) : null, specs);
    }

    Ast.GenDecl declaration(DeclarationContext c) {
        if (c.constDecl() != null) {
            ConstDeclContext d = c.constDecl();
            List<Ast.Spec> specs = new ArrayList<>();
            int iota = 0;
            for (ConstSpecContext s : d.constSpec()) {
                List<Ident> names = idents(s.identifierList());
                Expr type = s.type_() != null ? type(s.type_()) : null;
                List<Expr> values = s.expressionList() != null ? exprs(s.expressionList()) : List.of();
                specs.add(new Ast.ValueSpec(names.get(0).pos(), names, type, values, iota++));
            }
            return new Ast.GenDecl(pos(d), "const", d.LPAREN() != null ? pos(d.LPAREN()) : null, specs);
        }
        if (c.varDecl() != null) {
            VarDeclContext d = c.varDecl();
            List<Ast.Spec> specs = new ArrayList<>();
            for (VarSpecContext s : d.varSpec()) {
                List<Ident> names = idents(s.identifierList());
                Expr type = s.type_() != null ? type(s.type_()) : null;
                List<Expr> values = s.expressionList() != null ? exprs(s.expressionList()) : List.of();
                specs.add(new Ast.ValueSpec(names.get(0).pos(), names, type, values, 0));
            }
            return new Ast.GenDecl(pos(d), "var", d.LPAREN() != null ? pos(d.LPAREN()) : null, specs);
        }
        TypeDeclContext d = c.typeDecl();
        List<Ast.Spec> specs = new ArrayList<>();
        for (TypeSpecContext s : d.typeSpec()) specs.add(typeSpec(s));
        return new Ast.GenDecl(pos(d), "type", d.LPAREN() != null ? pos(d.LPAREN()) : null, specs);
    }

    private Ast.TypeSpec typeSpec(TypeSpecContext s) {
        if (s instanceof GenericTypeSpecContext g) {
            Ident name = ident(g.IDENTIFIER());
            return new Ast.TypeSpec(name.pos(), name, typeParams(g.typeParameters()), null, type(g.type_()));
        }
        if (s instanceof AliasTypeSpecContext a) {
            Ident name = ident(a.IDENTIFIER());
            return new Ast.TypeSpec(name.pos(), name, List.of(), pos(a.ASSIGN()), type(a.type_()));
        }
        PlainTypeSpecContext p = (PlainTypeSpecContext) s;
        Ident name = ident(p.IDENTIFIER());
        return new Ast.TypeSpec(name.pos(), name, List.of(), null, type(p.type_()));
    }

    private Ast.FuncDecl funcDecl(FunctionDeclContext c) {
        Ast.Field recv = null;
        Pos funcPos = pos(c.FUNC());
        if (c.receiver != null) {
            List<Ast.Field> rs = params(c.receiver);
            if (rs.isEmpty()) throw error(pos(c.IDENTIFIER()), "method has no receiver");
            int count = 0;
            for (Ast.Field f : rs) count += Math.max(1, f.names().size());
            if (count > 1) throw error(pos(c.IDENTIFIER()), "method has multiple receivers");
            recv = rs.get(0);
        }
        Ident name = ident(c.IDENTIFIER());
        List<Ast.Field> tparams = c.typeParameters() != null ? typeParams(c.typeParameters()) : List.of();
        if (recv != null && !tparams.isEmpty()) throw error(pos(c.typeParameters()), "syntax error: method must have no type parameters");
        Ast.FuncType ft = signature(funcPos, tparams, c.signatureDecl());
        Ast.BlockStmt body = c.block() != null ? block(c.block()) : null;
        return new Ast.FuncDecl(funcPos, recv, name, ft, body);
    }

    // ------------------------------------------------------------------ signatures and fields

    private Ast.FuncType signature(Pos funcPos, List<Ast.Field> tparams, SignatureContext c) {
        return signature(funcPos, tparams, c.parameters(), c.result());
    }

    private Ast.FuncType signature(Pos funcPos, List<Ast.Field> tparams, SignatureDeclContext c) {
        return signature(funcPos, tparams, c.parameters(), c.result());
    }

    private Ast.FuncType signature(Pos funcPos, List<Ast.Field> tparams, ParametersContext pc, ResultContext r) {
        List<Ast.Field> params = params(pc);
        List<Ast.Field> results = List.of();
        if (r != null) {
            if (r.parameters() != null) results = params(r.parameters());
            else {
                Expr t;
                if (r.typeName() != null) {
                    t = typeName(r.typeName());
                    if (r.typeArgs() != null) t = instantiate(t, r.typeArgs());
                } else {
                    t = typeLit(r.typeLit());
                }
                results = List.of(new Ast.Field(t.pos(), List.of(), t, null));
            }
        }
        return new Ast.FuncType(funcPos, tparams, params, results);
    }

    /**
     * Groups parameters as Go does: when any parameter is named, a lone type name before a named
     * parameter is itself a name sharing the next type ({@code a, b int}); otherwise names and types
     * are mixed, which Go rejects.
     */
    List<Ast.Field> params(ParametersContext c) {
        List<ParameterDeclContext> decls = c.parameterDecl();
        int n = decls.size();
        Ident[] names = new Ident[n];
        Expr[] types = new Expr[n];
        boolean anyNamed = false;
        for (int i = 0; i < n; i++) {
            ParameterDeclContext d = decls.get(i);
            Expr t = type(d.type_());
            if (d.ELLIPSIS() != null) {
                t = new Ast.Ellipsis(pos(d.ELLIPSIS()), t);
            }
            types[i] = t;
            if (d.IDENTIFIER() != null) {
                names[i] = ident(d.IDENTIFIER());
                anyNamed = true;
            }
        }
        List<Ast.Field> out = new ArrayList<>();
        if (!anyNamed) {
            for (int i = 0; i < n; i++) {
                if (types[i] instanceof Ast.Ellipsis e && i != n - 1) {
                    // Go reports a misplaced ... in the checker; keep the shape.
                }
                out.add(new Ast.Field(types[i].pos(), List.of(), types[i], null));
            }
            return out;
        }
        Expr current = null;
        for (int i = n - 1; i >= 0; i--) {
            if (names[i] != null) {
                current = types[i];
            } else if (types[i] instanceof Ident id && current != null) {
                names[i] = id;
                types[i] = current;
            } else {
                throw error(types[i].pos(), "syntax error: mixed named and unnamed parameters");
            }
        }
        int i = 0;
        while (i < n) {
            List<Ident> group = new ArrayList<>();
            Expr t = types[i];
            int j = i;
            while (j < n && types[j] == t) {
                group.add(names[j]);
                j++;
            }
            out.add(new Ast.Field(group.get(0).pos(), group, t, null));
            i = j;
        }
        return out;
    }

    private List<Ast.Field> typeParams(TypeParametersContext c) {
        List<Ast.Field> out = new ArrayList<>();
        for (TypeParamDeclContext d : c.typeParamDecl()) {
            List<Ident> names = idents(d.identifierList());
            out.add(new Ast.Field(names.get(0).pos(), names, typeElem(d.typeElem()), null));
        }
        return out;
    }

    private Expr typeElem(TypeElemContext c) {
        List<TypeTermContext> terms = c.typeTerm();
        Expr x = typeTerm(terms.get(0));
        for (int i = 1; i < terms.size(); i++) {
            Token op = c.OR(i - 1).getSymbol();
            x = new Ast.BinaryExpr(x.pos(), x, pos(op), "|", typeTerm(terms.get(i)));
        }
        return x;
    }

    private Expr typeTerm(TypeTermContext c) {
        Expr t = type(c.type_());
        return c.TILDE() != null ? new Ast.UnaryExpr(pos(c.TILDE()), "~", t) : t;
    }

    // ------------------------------------------------------------------ types

    Expr type(Type_Context c) {
        if (c.typeName() != null) {
            Expr t = typeName(c.typeName());
            return c.typeArgs() != null ? instantiate(t, c.typeArgs()) : t;
        }
        if (c.typeLit() != null) return typeLit(c.typeLit());
        return new Ast.ParenExpr(pos(c.LPAREN()), type(c.type_()));
    }

    private Expr typeName(TypeNameContext c) {
        Ident first = ident(c.IDENTIFIER(0));
        if (c.IDENTIFIER().size() == 1) return first;
        return new Ast.SelectorExpr(first.pos(), first, ident(c.IDENTIFIER(1)));
    }

    private Expr instantiate(Expr x, TypeArgsContext c) {
        List<Expr> args = new ArrayList<>();
        args.add(expr(c.expression()));
        for (Type_Context t : c.type_()) args.add(type(t));
        if (args.size() == 1) return new Ast.IndexExpr(x.pos(), x, pos(c.LBRACK()), args.get(0), pos(c.RBRACK()));
        return new Ast.IndexListExpr(x.pos(), x, pos(c.LBRACK()), args, pos(c.RBRACK()));
    }

    private Expr typeLit(TypeLitContext c) {
        ParserRuleContext k = (ParserRuleContext) c.getChild(0);
        return typeLitOf(k);
    }

    /** Any of the type-literal rules (shared by types and by type operands). */
    private Expr typeLitOf(ParserRuleContext k) {
        if (k instanceof ArrayTypeContext a) return new Ast.ArrayType(pos(a), expr(a.expression()), type(a.type_()));
        if (k instanceof EllipsisArrayTypeContext a) {
            return new Ast.ArrayType(pos(a), new Ast.Ellipsis(pos(a.ELLIPSIS()), null), type(a.type_()));
        }
        if (k instanceof SliceTypeContext s) return new Ast.ArrayType(pos(s), null, type(s.type_()));
        if (k instanceof StructTypeContext s) return structType(s);
        if (k instanceof PointerTypeContext p) return new Ast.StarExpr(pos(p), type(p.type_()));
        if (k instanceof FunctionTypeContext f) return signature(pos(f), List.of(), f.signature());
        if (k instanceof InterfaceTypeContext i) return interfaceType(i);
        if (k instanceof MapTypeContext m) return new Ast.MapType(pos(m), type(m.type_(0)), type(m.type_(1)));
        if (k instanceof SendChanTypeContext ch) return new Ast.ChanType(pos(ch), Ast.ChanDir.SEND, type(ch.type_()));
        if (k instanceof RecvChanTypeContext ch) return new Ast.ChanType(pos(ch), Ast.ChanDir.RECV, type(ch.type_()));
        if (k instanceof BothChanTypeContext ch) return new Ast.ChanType(pos(ch), Ast.ChanDir.BOTH, type(ch.type_()));
        throw new IllegalStateException("unexpected type literal " + k.getClass().getSimpleName());
    }

    private Expr structType(StructTypeContext c) {
        List<Ast.Field> fields = new ArrayList<>();
        for (FieldDeclContext f : c.fieldDecl()) {
            Ast.BasicLit tag = null;
            if (f.tag != null) {
                tag = basicLit(f.tag);
                if (tag.kind() != Ast.LitKind.STRING) {
                    throw error(tag.pos(), "invalid AST: incorrect tag syntax: " + DumpQuote.quote(tag.value()));
                }
            }
            if (f.embeddedField() != null) {
                EmbeddedFieldContext e = f.embeddedField();
                Expr t = typeName(e.typeName());
                if (e.typeArgs() != null) t = instantiate(t, e.typeArgs());
                if (e.STAR() != null) t = new Ast.StarExpr(pos(e.STAR()), t);
                fields.add(new Ast.Field(t.pos(), List.of(), t, tag));
            } else {
                List<Ident> names = idents(f.identifierList());
                fields.add(new Ast.Field(names.get(0).pos(), names, type(f.type_()), tag));
            }
        }
        return new Ast.StructType(pos(c), fields);
    }

    private Expr interfaceType(InterfaceTypeContext c) {
        List<Ast.Field> elems = new ArrayList<>();
        for (InterfaceElemContext e : c.interfaceElem()) {
            if (e instanceof MethodElemContext m) {
                Ident name = ident(m.IDENTIFIER());
                Ast.FuncType ft = signature(name.pos(), List.of(), m.signatureDecl());
                elems.add(new Ast.Field(name.pos(), List.of(name), ft, null));
            } else {
                Expr t = typeElem(((TypeSetElemContext) e).typeElem());
                elems.add(new Ast.Field(t.pos(), List.of(), t, null));
            }
        }
        return new Ast.InterfaceType(pos(c), elems);
    }

    // ------------------------------------------------------------------ statements

    Ast.BlockStmt block(BlockContext c) {
        return new Ast.BlockStmt(pos(c.getStart()), stmts(c.statementList()), pos(c.RBRACE()));
    }

    Ast.BlockStmt block(HeaderBlockContext c) {
        return new Ast.BlockStmt(pos(c.getStart()), stmts(c.statementList()), pos(c.RBRACE()));
    }

    private List<Stmt> stmts(StatementListContext c) {
        List<Stmt> out = new ArrayList<>();
        for (StatementContext s : c.statement()) out.add(stmt(s));
        // Go wants ';' or '}' after a statement; in a case clause the grammar would let case/default follow.
        int n = c.getChildCount();
        if (n > 0 && c.getChild(n - 1) instanceof StatementContext && c.getStop() != null) {
            Token next = tokens.get(c.getStop().getTokenIndex() + 1);
            if (next.getType() == GoLexer.CASE || next.getType() == GoLexer.DEFAULT) {
                throw error(pos(next), "syntax error: unexpected " + next.getText() + " at end of statement");
            }
        }
        return out;
    }

    Stmt stmt(StatementContext c) {
        if (c instanceof SimpleStatementContext s) return simpleStmt(s.simpleStmt(), false);
        if (c instanceof DeclStmtContext d) {
            Ast.GenDecl g = declaration(d.declaration());
            return new Ast.DeclStmt(g.pos(), g);
        }
        if (c instanceof LabeledStmtContext l) {
            Ident label = ident(l.IDENTIFIER());
            // An empty labeled statement sits where the next token is, as in go/ast.
            Stmt s = l.statement() != null ? stmt(l.statement())
                    : new Ast.EmptyStmt(pos(tokens.get(l.COLON().getSymbol().getTokenIndex() + 1)));
            return new Ast.LabeledStmt(label.pos(), label, s);
        }
        if (c instanceof GoStmtContext g) return new Ast.GoStmt(pos(g), callOf("go", expr(g.expression())));
        if (c instanceof DeferStmtContext d) return new Ast.DeferStmt(pos(d), callOf("defer", expr(d.expression())));
        if (c instanceof ReturnStmtContext r) {
            return new Ast.ReturnStmt(pos(r), r.expressionList() != null ? exprs(r.expressionList()) : List.of());
        }
        if (c instanceof BreakStmtContext b) {
            return new Ast.BranchStmt(pos(b), "break", b.IDENTIFIER() != null ? ident(b.IDENTIFIER()) : null);
        }
        if (c instanceof ContinueStmtContext b) {
            return new Ast.BranchStmt(pos(b), "continue", b.IDENTIFIER() != null ? ident(b.IDENTIFIER()) : null);
        }
        if (c instanceof GotoStmtContext b) return new Ast.BranchStmt(pos(b), "goto", ident(b.IDENTIFIER()));
        if (c instanceof FallthroughStmtContext b) return new Ast.BranchStmt(pos(b), "fallthrough", null);
        if (c instanceof BlockStmtContext b) return block(b.block());
        if (c instanceof IfStatementContext i) return ifStmt(i.ifStmt());
        if (c instanceof SwitchStatementContext s) return switchStmt(s.switchStmt());
        if (c instanceof SelectStatementContext s) return selectStmt(s.selectStmt());
        if (c instanceof ForStatementContext f) return forStmt(f.forStmt());
        throw new IllegalStateException("unexpected statement " + c.getClass().getSimpleName());
    }

    private Ast.CallExpr callOf(String what, Expr x) {
        if (x instanceof Ast.CallExpr call) return call;
        Expr u = x;
        while (u instanceof Ast.ParenExpr p) u = p.x();
        if (u instanceof Ast.CallExpr) {
            throw error(x.pos(), "expression in " + what + " must not be parenthesized");
        }
        throw error(x.pos(), "expression in " + what + " must be function call");
    }

    /** A simple statement; in a header, Go positions some errors at the statement's operator. */
    Stmt simpleStmt(SimpleStmtContext c, boolean header) {
        if (c.rangeX != null) throw error(pos(c.RANGE()), "syntax error: unexpected range, expecting expression");
        List<Expr> lhs = exprs(c.expressionList(0));
        Pos p = lhs.get(0).pos();
        if (c.ARROW() != null) {
            if (lhs.size() > 1) throw error(pos(c.ARROW()), "syntax error: unexpected <-, expecting := or = or comma");
            return new Ast.SendStmt(p, lhs.get(0), pos(c.ARROW()), expr(c.expression()));
        }
        if (c.INC() != null || c.DEC() != null) {
            TerminalNode op = c.INC() != null ? c.INC() : c.DEC();
            if (lhs.size() > 1) throw error(pos(op), "syntax error: unexpected " + op.getText() + ", expecting := or = or comma");
            return new Ast.IncDecStmt(p, lhs.get(0), pos(op), op.getText());
        }
        if (c.assignOp() != null) {
            Token op = c.assignOp().getStart();
            List<Expr> rhs = exprs(c.expressionList(1));
            if (!op.getText().equals("=") && (lhs.size() > 1 || rhs.size() > 1)) {
                throw error(pos(op), "syntax error: unexpected " + op.getText() + ", expecting := or = or comma");
            }
            return new Ast.AssignStmt(p, lhs, pos(op), op.getText(), rhs);
        }
        if (c.DEFINE() != null) {
            List<Expr> rhs = exprs(c.expressionList(1));
            return new Ast.AssignStmt(p, lhs, pos(c.DEFINE()), ":=", rhs);
        }
        if (lhs.size() > 1) {
            Token next = tokens.get(c.getStop().getTokenIndex() + 1);
            throw error(pos(next), "syntax error: unexpected " + GoSyntaxErrors.describe(next) + ", expecting := or = or comma");
        }
        return new Ast.ExprStmt(p, lhs.get(0));
    }

    private Ast.IfStmt ifStmt(IfStmtContext c) {
        IfHeaderContext h = c.ifHeader();
        SimpleStmtContext initCtx = h.SEMI() != null ? h.first : null;
        SimpleStmtContext condCtx = h.SEMI() != null ? h.second : h.first;
        Stmt init = initCtx != null ? simpleStmt(initCtx, true) : null;
        Expr cond = condCtx != null ? headerValue(simpleStmt(condCtx, true), condCtx) : null;
        if (cond == null) {
            if (h.SEMI() == null) throw error(pos(c.headerBlock()), "syntax error: missing condition in if statement");
            Token semi = h.SEMI().getSymbol();
            if (semi.getText().equals(";")) throw error(pos(semi), "syntax error: missing condition in if statement");
            throw error(pos(semi), "syntax error: unexpected " + semi.getText() + ", expecting { after if clause");
        }
        Ast.BlockStmt body = block(c.headerBlock());
        Stmt els = null;
        if (c.ifStmt() != null) els = ifStmt(c.ifStmt());
        else if (c.block() != null) els = block(c.block());
        return new Ast.IfStmt(pos(c), init, cond, body, els);
    }

    /** The condition of an if or the tag of a switch must be an expression, not a statement. */
    private Expr headerValue(Stmt s, SimpleStmtContext c) {
        if (s instanceof Ast.ExprStmt e) return e.x();
        throw error(stmtOpPos(s), "syntax error: cannot use " + describe(s, c) + " as value");
    }

    private static Pos stmtOpPos(Stmt s) {
        if (s instanceof Ast.AssignStmt a) return a.tokPos();
        if (s instanceof Ast.IncDecStmt i) return i.tokPos();
        if (s instanceof Ast.SendStmt x) return x.arrow();
        return s.pos();
    }

    private String describe(Stmt s, SimpleStmtContext c) {
        if (s instanceof Ast.AssignStmt a && a.tok().equals("=")) {
            return "assignment (" + ExprPrinter.list(a.lhs()) + ") = (" + ExprPrinter.list(a.rhs()) + ")";
        }
        if (s instanceof Ast.AssignStmt a) {
            return ExprPrinter.list(a.lhs()) + " " + a.tok() + " " + ExprPrinter.list(a.rhs());
        }
        if (s instanceof Ast.IncDecStmt i) return ExprPrinter.print(i.x()) + i.tok();
        if (s instanceof Ast.SendStmt x) return ExprPrinter.print(x.chan()) + " <- " + ExprPrinter.print(x.value());
        return c.getText();
    }

    private Stmt switchStmt(SwitchStmtContext c) {
        SwitchHeaderContext h = c.switchHeader();
        SimpleStmtContext initCtx = h.SEMI() != null ? h.first : null;
        SimpleStmtContext tagCtx = h.SEMI() != null ? h.second : h.first;
        Stmt init = initCtx != null ? simpleStmt(initCtx, true) : null;
        Stmt tagStmt = tagCtx != null ? simpleStmt(tagCtx, true) : null;
        List<Stmt> clauses = new ArrayList<>();
        boolean typeSwitch = isTypeSwitchGuard(tagStmt);
        for (CaseClauseContext cc : c.caseClause()) {
            List<Expr> list = cc.expressionList() != null ? exprs(cc.expressionList()) : List.of();
            clauses.add(new Ast.CaseClause(pos(cc), list, cc.DEFAULT() != null, pos(cc.COLON()), stmts(cc.statementList())));
        }
        TerminalNode lbrace = c.HEADER_LBRACE();
        Ast.BlockStmt body = new Ast.BlockStmt(pos(lbrace), clauses, pos(c.RBRACE()));
        if (typeSwitch) return new Ast.TypeSwitchStmt(pos(c), init, tagStmt, body);
        Expr tag = tagStmt != null ? headerValue(tagStmt, tagCtx) : null;
        return new Ast.SwitchStmt(pos(c), init, tag, body);
    }

    private static boolean isGuard(Expr x) {
        return x instanceof Ast.TypeAssertExpr t && t.type() == null;
    }

    private boolean isTypeSwitchGuard(Stmt s) {
        if (s instanceof Ast.ExprStmt e) return isGuard(e.x());
        if (s instanceof Ast.AssignStmt a && a.tok().equals(":=") && a.rhs().size() == 1 && isGuard(a.rhs().get(0))
                && a.lhs().size() == 1) {
            if (!(a.lhs().get(0) instanceof Ident)) {
                throw error(a.lhs().get(0).pos(), "syntax error: invalid variable name " + ExprPrinter.list(a.lhs()) + " in type switch");
            }
            return true;
        }
        return false;
    }

    private static boolean isRecv(Expr x) {
        while (x instanceof Ast.ParenExpr p) x = p.x();
        return x instanceof Ast.UnaryExpr u && u.op().equals("<-");
    }

    private static boolean isCommunication(Stmt s) {
        if (s instanceof Ast.SendStmt) return true;
        if (s instanceof Ast.ExprStmt e) return isRecv(e.x());
        if (s instanceof Ast.AssignStmt a) {
            return (a.tok().equals("=") || a.tok().equals(":=")) && a.rhs().size() == 1 && isRecv(a.rhs().get(0));
        }
        return false;
    }

    private Stmt selectStmt(SelectStmtContext c) {
        List<Stmt> clauses = new ArrayList<>();
        for (CommClauseContext cc : c.commClause()) {
            Stmt comm = cc.simpleStmt() != null ? simpleStmt(cc.simpleStmt(), false) : null;
            if (comm != null && !isCommunication(comm)) {
                throw error(comm.pos(), "select case must be send or receive (possibly with assignment)");
            }
            clauses.add(new Ast.CommClause(pos(cc), comm, pos(cc.COLON()), stmts(cc.statementList())));
        }
        return new Ast.SelectStmt(pos(c), new Ast.BlockStmt(pos(c.LBRACE()), clauses, pos(c.RBRACE())));
    }

    private Stmt forStmt(ForStmtContext c) {
        Pos p = pos(c);
        ForHeaderContext h = c.forHeader();
        if (h instanceof RangeNoVarsContext r) {
            return new Ast.RangeStmt(p, null, null, null, null, expr(r.expression()), block(c.headerBlock()));
        }
        ForClauseContext f = (ForClauseContext) h;
        if (f.SEMI().isEmpty()) {
            if (f.init == null) return new Ast.ForStmt(p, null, null, null, block(c.headerBlock()));
            if (f.init.rangeX != null) {
                SimpleStmtContext r = f.init;
                List<Expr> vars = exprs(r.expressionList(0));
                Token tok = r.DEFINE() != null ? r.DEFINE().getSymbol() : r.assignOp().getStart();
                if (!tok.getText().equals(":=") && !tok.getText().equals("=")) {
                    throw error(pos(r.RANGE()), "syntax error: unexpected range, expecting expression");
                }
                if (vars.size() > 2) throw error(vars.get(2).pos(), "range clause permits at most two iteration variables");
                return new Ast.RangeStmt(p, vars.get(0), vars.size() > 1 ? vars.get(1) : null, tok.getText(), pos(tok),
                        expr(r.rangeX), block(c.headerBlock()));
            }
            Expr cond = headerValue(simpleStmt(f.init, true), f.init);
            return new Ast.ForStmt(p, null, cond, null, block(c.headerBlock()));
        }
        Stmt init = f.init != null ? simpleStmt(f.init, true) : null;
        Expr cond = f.cond != null ? expr(f.cond) : null;
        Stmt post = f.post != null ? simpleStmt(f.post, true) : null;
        if (post instanceof Ast.AssignStmt a && a.tok().equals(":=")) {
            throw error(a.tokPos(), "syntax error: cannot declare in post statement of for loop");
        }
        return new Ast.ForStmt(p, init, cond, post, block(c.headerBlock()));
    }

    // ------------------------------------------------------------------ expressions

    List<Expr> exprs(ExpressionListContext c) {
        List<Expr> out = new ArrayList<>();
        for (ExpressionContext e : c.expression()) out.add(expr(e));
        return out;
    }

    Expr expr(ExpressionContext c) {
        if (c instanceof UnaryContext u) return unary(u.unaryExpr());
        BinaryContext b = (BinaryContext) c;
        // Deep left-nested chains (a + b + c + ...) are walked iteratively, not recursively.
        List<BinaryContext> chain = new ArrayList<>();
        ExpressionContext cur = b;
        while (cur instanceof BinaryContext bc) {
            chain.add(bc);
            cur = bc.expression(0);
        }
        Expr x = expr(cur);
        for (int i = chain.size() - 1; i >= 0; i--) {
            BinaryContext bc = chain.get(i);
            x = new Ast.BinaryExpr(x.pos(), x, pos(bc.op), bc.op.getText(), expr(bc.expression(1)));
        }
        return x;
    }

    private Expr unary(UnaryExprContext c) {
        if (c.primaryExpr() != null) return primary(c.primaryExpr());
        Pos p = pos(c.op);
        Expr x = unary(c.unaryExpr());
        switch (c.op.getText()) {
            case "*":
                return new Ast.StarExpr(p, x);
            case "<-":
                if (x instanceof Ast.ChanType ch) return recvChan(p, ch);
                return new Ast.UnaryExpr(p, "<-", x);
            default:
                return new Ast.UnaryExpr(p, c.op.getText(), x);
        }
    }

    /** {@code <-chan T} written where an expression was expected: the arrow belongs to the type. */
    private Expr recvChan(Pos arrow, Ast.ChanType ch) {
        if (ch.dir() == Ast.ChanDir.BOTH) return new Ast.ChanType(arrow, Ast.ChanDir.RECV, ch.value());
        if (ch.dir() == Ast.ChanDir.SEND) throw error(ch.pos(), "syntax error: unexpected <-, expecting chan");
        // <-<-chan T: the inner one is a receive-only channel of receive-only channels
        return new Ast.ChanType(arrow, Ast.ChanDir.RECV, ch);
    }

    private Expr primary(PrimaryExprContext c) {
        // Walk down the left spine iteratively (long selector/call chains).
        List<PrimaryExprContext> chain = new ArrayList<>();
        PrimaryExprContext cur = c;
        while (!(cur instanceof OperandExprContext)) {
            chain.add(cur);
            cur = (PrimaryExprContext) cur.getChild(0);
        }
        Expr x = operand(((OperandExprContext) cur).operand());
        for (int i = chain.size() - 1; i >= 0; i--) {
            x = suffix(x, chain.get(i));
        }
        return x;
    }

    private Expr suffix(Expr x, PrimaryExprContext c) {
        Pos p = x.pos();
        if (c instanceof SelectorExprContext s) return new Ast.SelectorExpr(p, x, ident(s.IDENTIFIER()));
        if (c instanceof TypeSwitchGuardContext g) return new Ast.TypeAssertExpr(p, x, pos(g.LPAREN()), null, pos(g.RPAREN()));
        if (c instanceof TypeAssertionContext t) {
            return new Ast.TypeAssertExpr(p, x, pos(t.LPAREN()), type(t.type_()), pos(t.RPAREN()));
        }
        if (c instanceof CallExprContext call) {
            ArgumentsContext a = call.arguments();
            List<Expr> args = a.expressionList() != null ? exprs(a.expressionList()) : List.of();
            return new Ast.CallExpr(p, x, pos(a.LPAREN()), args, a.ELLIPSIS() != null, pos(a.RPAREN()));
        }
        IndexContext ix = ((IndexExprContext) c).index();
        Pos lb = pos(ix.LBRACK());
        Pos rb = pos(ix.RBRACK());
        IndexBodyContext body = ix.indexBody();
        if (body.sliceTail() != null) {
            SliceTailContext s = body.sliceTail();
            boolean three = s.COLON().size() == 2;
            Expr low = body.expression() == null ? null : expr(body.expression());
            Expr high = s.high != null ? expr(s.high) : null;
            Expr max = s.max != null ? expr(s.max) : null;
            if (three) {
                if (high == null) throw error(pos(s.COLON(1)), "middle index required in 3-index slice");
                if (max == null) throw error(rb, "final index required in 3-index slice");
            }
            return new Ast.SliceExpr(p, x, lb, low, high, max, three, rb);
        }
        List<Expr> idx = new ArrayList<>();
        idx.add(expr(body.expression()));
        for (Type_Context t : body.type_()) idx.add(type(t));
        if (idx.size() == 1) return new Ast.IndexExpr(p, x, lb, idx.get(0), rb);
        return new Ast.IndexListExpr(p, x, lb, idx, rb);
    }

    private Expr operand(OperandContext c) {
        if (c instanceof NameOperandContext n) return ident(n.IDENTIFIER());
        if (c instanceof LiteralOperandContext l) return basicLit(l.basicLit());
        if (c instanceof ParenOperandContext p) return new Ast.ParenExpr(pos(p.LPAREN()), expr(p.expression()));
        if (c instanceof FunctionLitContext f) {
            Pos fp = pos(f.FUNC());
            Ast.FuncType ft = signature(fp, List.of(), f.signature());
            return f.block() != null ? new Ast.FuncLit(fp, ft, block(f.block())) : ft;
        }
        if (c instanceof NamedCompositeLitContext n) {
            Expr t = typeName(n.typeName());
            if (n.typeArgs() != null) t = instantiate(t, n.typeArgs());
            return compositeLit(t, n.literalValue());
        }
        if (c instanceof CompositeLitContext cl) {
            Expr t = typeLitOf((ParserRuleContext) cl.literalType().getChild(0));
            return cl.literalValue() != null ? compositeLit(t, cl.literalValue()) : t;
        }
        TypeOperandContext t = (TypeOperandContext) c;
        return typeLitOf((ParserRuleContext) t.typeLitOperand().getChild(0));
    }

    private Ast.CompositeLit compositeLit(Expr type, LiteralValueContext c) {
        List<Expr> elts = new ArrayList<>();
        for (KeyedElementContext k : c.keyedElement()) {
            Expr first = element(k.element(0));
            if (k.COLON() != null) {
                elts.add(new Ast.KeyValueExpr(first.pos(), first, pos(k.COLON()), element(k.element(1))));
            } else {
                elts.add(first);
            }
        }
        Pos lb = pos(c.LBRACE());
        return new Ast.CompositeLit(type != null ? type.pos() : lb, type, lb, elts, pos(c.RBRACE()));
    }

    private Expr element(ElementContext c) {
        if (c.literalValue() != null) return compositeLit(null, c.literalValue());
        return expr(c.expression());
    }

    private Ast.BasicLit stringLit(String_Context c) {
        return new Ast.BasicLit(pos(c), Ast.LitKind.STRING, c.getText());
    }

    private Ast.BasicLit basicLit(BasicLitContext c) {
        Token t = c.getStart();
        Pos p = pos(t);
        String text = t.getText();
        switch (t.getType()) {
            case GoLexer.RUNE:
                return new Ast.BasicLit(p, Ast.LitKind.CHAR, text);
            case GoLexer.STRING:
                return new Ast.BasicLit(p, Ast.LitKind.STRING, text);
            case GoLexer.RAW_STRING:
                return new Ast.BasicLit(p, Ast.LitKind.STRING, text);
            default:
                return new Ast.BasicLit(p, LiteralChecks.kindOf(text), text);
        }
    }
}
