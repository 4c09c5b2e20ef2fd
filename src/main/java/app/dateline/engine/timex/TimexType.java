package app.dateline.engine.timex;

/** The four TimeML TIMEX3 types. Only anchored DATE and TIME values are plotted. */
public enum TimexType {
    DATE, TIME, DURATION, SET;

    public boolean isPoint() {
        return this == DATE || this == TIME;
    }
}
