/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.applet;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;

/**
 * Checks compiled classes against the Java Card 3.0.4 subset, reading {@code javap -v -p} output:
 * referenced classes, types in descriptors and local variables, string constants, bytecodes, and
 * where objects are allocated.
 */
final class JavaCardSubsetChecker {
    enum Kind {
        /** A class outside javacard.*, javacardx.*, the applet package and the Java Card java.lang subset. */
        FOREIGN_CLASS,
        /** A string literal. */
        STRING_CONSTANT,
        /** long, float, double, int or char in a field, signature or local variable. */
        FORBIDDEN_TYPE,
        /** A bytecode a Java Card VM does not have (long/float/double/int-array/char ops, invokedynamic, monitors). */
        FORBIDDEN_OPCODE,
        /** An allocation outside constructors, install() and the personalisation handlers. */
        ALLOCATION,
        /** A synchronized or native method. */
        FORBIDDEN_MODIFIER
    }

    record Violation(String where, Kind kind, String detail) {
        @Override
        public String toString() {
            return where + ": " + kind + " " + detail;
        }
    }

    private static final Set<String> JAVA_LANG_SUBSET = Set.of(
            "Object", "Throwable", "Exception", "RuntimeException", "ArrayIndexOutOfBoundsException",
            "NullPointerException", "ClassCastException", "ArithmeticException", "SecurityException",
            "NegativeArraySizeException", "ArrayStoreException", "IndexOutOfBoundsException");
    private static final Set<String> ALLOCATING_METHODS = Set.of("<init>", "install");
    private static final Set<String> ALLOCATIONS = Set.of("new", "newarray", "anewarray", "multianewarray");
    private static final Set<String> FORBIDDEN_ARRAY_TYPES = Set.of("int", "long", "float", "double", "char");
    private static final Pattern WIDE_OPCODE = Pattern.compile(
            "[lfd](const_m?\\d|load(_\\d)?|store(_\\d)?|aload|astore|add|sub|mul|div|rem|neg|shl|shr|ushr|and|or|xor"
                    + "|cmp|cmpl|cmpg|return)|ldc2_w|[ilfd]2[lfdc]|[lfd]2i|iaload|iastore|caload|castore"
                    + "|invokedynamic|monitorenter|monitorexit|multianewarray");
    private static final Pattern CONSTANT = Pattern.compile(
            "^\\s*#\\d+ = (\\w+)\\s+(\\S+)?\\s*(?://\\s*(.*))?$");
    private static final Pattern MEMBER = Pattern.compile("^  (\\S.*);$");
    private static final Pattern INSTRUCTION = Pattern.compile("^\\s+\\d+: (\\w+)\\s*(.*)$");
    private static final Pattern LOCAL_VARIABLE = Pattern.compile("^\\s+\\d+\\s+\\d+\\s+\\d+\\s+(\\S+)\\s+(\\S+)$");

    private final String packagePath;
    private final Set<String> personalisationClasses;

    /**
     * @param packagePath the applet package, e.g. {@code dev/mynacard/sim/applet}
     * @param personalisationClasses simple names of the classes whose methods may allocate
     */
    JavaCardSubsetChecker(String packagePath, Set<String> personalisationClasses) {
        this.packagePath = packagePath;
        this.personalisationClasses = personalisationClasses;
    }

    List<Violation> check(Path classFile) {
        String text = javap(classFile);
        List<Violation> violations = new ArrayList<>();
        String className = null;
        String member = "(class)";
        boolean inMembers = false;
        for (String line : text.split("\n")) {
            if (line.startsWith("  this_class:")) {
                className = line.substring(line.indexOf("//") + 2).trim();
                continue;
            }
            if (line.equals("{") || line.equals("}")) {
                inMembers = line.equals("{");
                continue;
            }
            String where = simpleName(className) + "." + member;
            Matcher m;
            if (!inMembers && (m = CONSTANT.matcher(line)).matches()) {
                checkConstant(m.group(1), m.group(3), where, violations);
            } else if (inMembers && (m = MEMBER.matcher(line)).matches()) {
                member = memberName(m.group(1), className);
            } else if (line.startsWith("    descriptor: ")) {
                checkDescriptor(line.substring("    descriptor: ".length()), where, violations);
            } else if (line.startsWith("    flags: ") && (line.contains("ACC_SYNCHRONIZED") || line.contains("ACC_NATIVE"))) {
                violations.add(new Violation(where, Kind.FORBIDDEN_MODIFIER, line.trim()));
            } else if (inMembers && (m = LOCAL_VARIABLE.matcher(line)).matches()) {
                checkDescriptor(m.group(2), where + " local " + m.group(1), violations);
            } else if (inMembers && (m = INSTRUCTION.matcher(line)).matches()) {
                checkInstruction(m.group(1), m.group(2), className, member, where, violations);
            }
        }
        return violations;
    }

    private void checkConstant(String tag, String comment, String where, List<Violation> violations) {
        switch (tag) {
            case "String" -> violations.add(new Violation(where, Kind.STRING_CONSTANT, comment));
            case "Class" -> {
                String name = comment.replace("\"", "");
                if (!name.startsWith("[")) {
                    checkClass(name, where, violations);
                }
            }
            case "Fieldref", "Methodref", "InterfaceMethodref", "NameAndType" ->
                    checkDescriptor(comment.substring(comment.lastIndexOf(':') + 1), where + " uses " + comment,
                            violations);
            case "Long", "Float", "Double" -> violations.add(new Violation(where, Kind.FORBIDDEN_TYPE, tag + " constant"));
            default -> { }
        }
    }

    private void checkInstruction(String opcode, String operand, String className, String member, String where,
                                  List<Violation> violations) {
        if (WIDE_OPCODE.matcher(opcode).matches()) {
            violations.add(new Violation(where, Kind.FORBIDDEN_OPCODE, opcode));
        }
        if (opcode.equals("newarray") && FORBIDDEN_ARRAY_TYPES.contains(operand.trim())) {
            violations.add(new Violation(where, Kind.FORBIDDEN_TYPE, "new " + operand.trim() + "[]"));
        }
        if (ALLOCATIONS.contains(opcode) && !ALLOCATING_METHODS.contains(member)
                && !personalisationClasses.contains(simpleName(className))) {
            violations.add(new Violation(where, Kind.ALLOCATION, opcode + " " + operand.trim()));
        }
    }

    /** Checks the primitive types and the classes a field or method descriptor names. */
    private void checkDescriptor(String descriptor, String where, List<Violation> violations) {
        boolean typeReported = false;
        for (int i = 0; i < descriptor.length(); i++) {
            char c = descriptor.charAt(i);
            if (c == 'L') {
                int end = descriptor.indexOf(';', i);
                if (end < 0) {
                    throw new IllegalArgumentException("malformed descriptor " + descriptor);
                }
                checkClass(descriptor.substring(i + 1, end), where, violations);
                i = end;
            } else if ("JFDIC".indexOf(c) >= 0 && !typeReported) {
                violations.add(new Violation(where, Kind.FORBIDDEN_TYPE, descriptor));
                typeReported = true;
            }
        }
    }

    private void checkClass(String internalName, String where, List<Violation> violations) {
        int slash = internalName.lastIndexOf('/');
        String pkg = slash < 0 ? "" : internalName.substring(0, slash);
        boolean allowed = internalName.startsWith("javacard/") || internalName.startsWith("javacardx/")
                || pkg.equals(packagePath)
                || (pkg.equals("java/lang") && JAVA_LANG_SUBSET.contains(internalName.substring(slash + 1)));
        if (!allowed) {
            violations.add(new Violation(where, Kind.FOREIGN_CLASS, internalName));
        }
    }

    private static String memberName(String header, String className) {
        if (header.equals("static {}")) {
            return "<clinit>";
        }
        int paren = header.indexOf('(');
        String beforeParen = paren < 0 ? header : header.substring(0, paren);
        String name = beforeParen.substring(beforeParen.lastIndexOf(' ') + 1);
        return className != null && name.equals(className.replace('/', '.')) ? "<init>" : name;
    }

    private static String simpleName(String internalName) {
        return internalName == null ? "?" : internalName.substring(internalName.lastIndexOf('/') + 1);
    }

    private static String javap(Path classFile) {
        ToolProvider javap = ToolProvider.findFirst("javap")
                .orElseThrow(() -> new IllegalStateException("javap is not available in this JDK"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = javap.run(new PrintWriter(out), new PrintWriter(err), "-v", "-p", classFile.toString());
        if (status != 0) {
            throw new IllegalStateException("javap failed on " + classFile + ": " + err);
        }
        return out.toString();
    }
}
