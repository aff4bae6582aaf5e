package dev.citebot; public class App { public static void main(String[] a){} }
