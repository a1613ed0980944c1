// The bare-JVM peer of `securebase --version`: a JVM that starts, prints one line and exits.
public class Hello { public static void main(String[] a) { System.out.println("hello"); } }
