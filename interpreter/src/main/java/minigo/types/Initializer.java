package minigo.types;

import java.util.List;
import minigo.ast.Ast;

/**
 * One package-level variable initialization: {@code lhs = rhs}. lhs has several vars for
 * {@code var a, b = f()}. Some lhs entries may be blank {@code _} vars. Package.initOrder lists them in
 * the order Go executes them.
 */
public record Initializer(List<Var> lhs, Ast.Expr rhs) {}
