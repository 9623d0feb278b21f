package dev.sitrep.common.model;

/** The article field an offset refers to; serialized as {@code "title"} or {@code "text"}. */
public enum TextField {
    TITLE("title"), TEXT("text");

    private final String jsonName;

    TextField(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }
}
