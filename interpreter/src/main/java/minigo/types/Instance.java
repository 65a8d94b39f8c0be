package minigo.types;

import java.util.List;

/** An instantiation of a generic function or type at an identifier: the type arguments and the instantiated type. */
public record Instance(List<Type> typeArgs, Type type) {}
