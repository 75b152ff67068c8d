package org.gluegraph.graph;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Registers the {@link GraphServer} before the context reads its bean definitions, so that the embedded Neo4j
 * starts (on its own thread, about 5 s) at the very beginning of a start and not when the first bean that needs
 * the driver happens to be made: the start of a service on an existing data directory is mostly these two running
 * side by side. Registered in {@code META-INF/spring.factories}, so tests' contexts get it too.
 */
public class GraphServerInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!(context instanceof GenericApplicationContext generic)) {
            throw new IllegalStateException("GlueGraph needs a GenericApplicationContext, got " + context.getClass());
        }
        GraphProperties props = Binder.get(context.getEnvironment()).bindOrCreate("gluegraph", GraphProperties.class);
        GraphServer server = GraphServer.from(props);
        // a bean definition (not a bare singleton) so that the context closes it, after the driver that uses it
        generic.registerBean("graphServer", GraphServer.class, () -> server, bd -> bd.setDestroyMethodName("close"));
    }
}
